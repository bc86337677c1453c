import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { Providers } from './app/providers'
import { createQueryClient } from './app/query-client'
import { browserStorage, createDraftStore } from './lib/draft-store'
import { startTheme } from './lib/theme'
import { createCompareClient } from './worker/compare-client'
import './index.css'

// Before the first render, so a dark page never flashes white (the CSP allows no inline script).
startTheme()

const compareClient = createCompareClient()
const drafts = createDraftStore(browserStorage())
// The last keystrokes before a reload or a closed tab are still waiting out the save delay.
window.addEventListener('pagehide', drafts.flush)
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') drafts.flush()
})

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers client={createQueryClient()} compute={compareClient.compare} drafts={drafts}>
      <App />
    </Providers>
  </StrictMode>,
)

// Offline after the first visit (scripts/vite/service-worker.ts). Production builds only: the dev
// server's files change on every edit, and a cached copy would hide the change.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => {
      // No service worker (a private window, an insecure origin): the app works, online only.
    })
  })
}
