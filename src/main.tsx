import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { Providers } from './app/providers'
import { createQueryClient } from './app/query-client'
import { UpdateNotice } from './app/update-notice'
import { startUpdates } from './app/updates'
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

// Offline after the first visit, and told when a new version is there (scripts/vite/offline.ts).
// Production builds only: the dev server's files change on every edit, and a cached copy would hide it.
const updates =
  import.meta.env.PROD && 'serviceWorker' in navigator ? startUpdates(drafts.flush) : null

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers
      client={createQueryClient()}
      compute={compareClient.compare}
      computeMany={compareClient.compareMany}
      drafts={drafts}
    >
      <App />
      {updates && <UpdateNotice updates={updates} />}
    </Providers>
  </StrictMode>,
)
