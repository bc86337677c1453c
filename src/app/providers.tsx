import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { ComputeProvider, type ComputeComparison } from '../hooks/compute-context'

interface ProvidersProps {
  client: QueryClient
  /** How comparisons are computed: the worker in the app, the core directly in tests. */
  compute: ComputeComparison
  children: ReactNode
}

export function Providers({ client, compute, children }: ProvidersProps) {
  return (
    <QueryClientProvider client={client}>
      <ComputeProvider compute={compute}>{children}</ComputeProvider>
    </QueryClientProvider>
  )
}
