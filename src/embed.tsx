import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { EmbedApp } from './app/embed-app'
import { createQueryClient } from './app/query-client'
import { ComputeProvider } from './hooks/compute-context'
import { followSystemTheme } from './lib/theme'
import { createCompareClient } from './worker/compare-client'
import './index.css'

// The embedded view (embed.html): a comparison shown read-only inside another site's page. It follows
// the system's colours, keeps nothing in storage, registers no service worker and sets no cookie.
followSystemTheme()

const compareClient = createCompareClient()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <ComputeProvider compute={compareClient.compare}>
        <EmbedApp />
      </ComputeProvider>
    </QueryClientProvider>
  </StrictMode>,
)
