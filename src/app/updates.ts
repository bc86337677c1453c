import { registerSW } from 'virtual:pwa-register'

/** Looks for a new version this often while a page stays open (the browser also looks at each load). */
const CHECK_EVERY_MS = 60 * 60 * 1000

/** Whether a new version of the app is installed and waiting for the reader. */
export interface Updates {
  available: () => boolean
  subscribe: (listener: () => void) => () => void
  /** The reader's click: the new version takes over and this page reloads with it. */
  reload: () => void
  /** "Later": the notice goes until the next new version. */
  dismiss: () => void
}

/**
 * Registers the service worker (scripts/vite/offline.ts) and tells the page when a new version is
 * waiting. Nothing reloads unless the reader clicks Reload in this page: when they click it in another
 * tab, the new version takes this page over too, but this page keeps what is on it (maybe a draft
 * half typed) and keeps offering the reload. `beforeReload` saves what is waiting to be saved.
 */
export function startUpdates(beforeReload: () => void): Updates {
  let available = false
  let asked = false
  // The new version already took this page (another tab's reader chose it): a reload is all it takes.
  let tookOver = false
  const listeners = new Set<() => void>()
  const set = (value: boolean) => {
    available = value
    listeners.forEach((listener) => listener())
  }
  const update = registerSW({
    onNeedRefresh: () => set(true),
    onNeedReload: () => {
      tookOver = true
      if (asked) window.location.reload()
      else set(true)
    },
    onRegisteredSW: (_url, registration) => {
      if (registration) {
        setInterval(() => void registration.update().catch(() => {}), CHECK_EVERY_MS)
      }
    },
    onRegisterError: () => {
      // No service worker (a private window, an insecure origin): the app works, online only.
    },
  })
  return {
    available: () => available,
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    reload: () => {
      asked = true
      beforeReload()
      if (tookOver) window.location.reload()
      else void update(true)
    },
    dismiss: () => set(false),
  }
}
