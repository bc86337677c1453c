import { VitePWA } from 'vite-plugin-pwa'

/**
 * The service worker, written at build time by Workbox (vite-plugin-pwa): it precaches every file of the
 * build with a revision (file names that carry a hash need none), so after one visit the app, the
 * built-in pair and shared links open without a network. A new build installs beside the old one and
 * waits: the page says a new version is there (src/app/update-notice.tsx) and the reader chooses when
 * to reload, so a draft being typed is never reloaded away. Build only: the dev server and the tests
 * never get a service worker.
 */
export function offline() {
  return VitePWA({
    registerType: 'prompt',
    // Registered by the app (src/app/updates.ts), from its own files: the CSP allows no inline script.
    injectRegister: false,
    // public/manifest.webmanifest, linked from index.html.
    manifest: false,
    filename: 'sw.js',
    workbox: {
      globPatterns: ['**/*.{html,js,css,json,txt,svg,webmanifest}'],
      // Every route lives in the fragment, so one page serves them all; the embed page is its own.
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/\/embed\.html$/],
      // The first version takes the page at once (offline from the first visit); later ones wait.
      clientsClaim: true,
      skipWaiting: false,
      cleanupOutdatedCaches: true,
      // Drops the caches of the hand-written worker this one replaced (public/sw-cleanup.js).
      importScripts: ['sw-cleanup.js'],
      // One file: the worker needs nothing else to start, offline or not.
      inlineWorkboxRuntime: true,
      disableDevLogs: true,
      sourcemap: false,
    },
  })
}
