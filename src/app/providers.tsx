import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { ComputeProvider, type ComputeComparison } from '../hooks/compute-context'
import { DraftsProvider } from '../hooks/use-drafts'
import type { DraftStore } from '../lib/draft-store'

interface ProvidersProps {
  client: QueryClient
  /** How comparisons are computed: the worker in the app, the core directly in tests. */
  compute: ComputeComparison
  /** The reader's draft: saved to localStorage in the app, to a stand-in in tests. */
  drafts: DraftStore
  children: ReactNode
}

export function Providers({ client, compute, drafts, children }: ProvidersProps) {
  return (
    <QueryClientProvider client={client}>
      <ComputeProvider compute={compute}>
        <DraftsProvider store={drafts}>{children}</DraftsProvider>
      </ComputeProvider>
    </QueryClientProvider>
  )
}
