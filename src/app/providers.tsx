import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { ComputeProvider, type ComputeComparison, type ComputeMany } from '../hooks/compute-context'
import { DraftsProvider } from '../hooks/use-drafts'
import type { DraftStore } from '../lib/draft-store'

interface ProvidersProps {
  client: QueryClient
  /** How comparisons are computed: the worker in the app, the core directly in tests. */
  compute: ComputeComparison
  /** How three to five accounts are compared at once: the worker in the app, the core in tests. */
  computeMany?: ComputeMany
  /** The reader's draft: saved to localStorage in the app, to a stand-in in tests. */
  drafts: DraftStore
  children: ReactNode
}

export function Providers({ client, compute, computeMany, drafts, children }: ProvidersProps) {
  return (
    <QueryClientProvider client={client}>
      <ComputeProvider compute={compute} computeMany={computeMany}>
        <DraftsProvider store={drafts}>{children}</DraftsProvider>
      </ComputeProvider>
    </QueryClientProvider>
  )
}
