/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { contentSecurityPolicy } from './scripts/vite/content-security-policy.ts'
import { initialJsBudget } from './scripts/vite/initial-js-budget.ts'
import { offline } from './scripts/vite/offline.ts'
import { stripJsonComments } from './scripts/vite/strip-json-comments.ts'

/** What a first visit may download, in gzipped JavaScript (issue 6). */
const INITIAL_JS_BUDGET = 150 * 1024

export default defineConfig({
  // Relative base: the built dist/ works from any path on any static host.
  // State lives in the URL fragment, so no server routing is needed.
  base: './',
  plugins: [
    stripJsonComments(),
    react(),
    tailwindcss(),
    contentSecurityPolicy(),
    initialJsBudget(INITIAL_JS_BUDGET),
    offline(),
  ],
  build: {
    // The app, and the read-only view other sites embed (src/embed.tsx).
    rolldownOptions: { input: { index: 'index.html', embed: 'embed.html' } },
  },
  worker: { format: 'es', plugins: () => [stripJsonComments()] },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    // Component tests type into jsdom with user-event; on a busy 2-core machine that can pass 5 s.
    testTimeout: 20_000,
  },
})
