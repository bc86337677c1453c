import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { Providers } from './app/providers'
import { createQueryClient } from './app/query-client'
import { createCompareClient } from './worker/compare-client'
import './index.css'

const compareClient = createCompareClient()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers client={createQueryClient()} compute={compareClient.compare}>
      <App />
    </Providers>
  </StrictMode>,
)
