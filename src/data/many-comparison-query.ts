import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import type { ManyComparison } from '../core'

/** What a comparison of many accounts depends on, each as a short string: each account's hash, the lens. */
export interface ManyComparisonInputs {
  accounts: string[]
  lens: string
}

/**
 * One comparison of three to five accounts, computed by `run`; like `comparisonQuery`, never stale, and
 * the previous one stays on screen while a new lens is computed.
 */
export function manyComparisonQuery(
  inputs: ManyComparisonInputs,
  run: (signal: AbortSignal) => ManyComparison | Promise<ManyComparison>,
) {
  return queryOptions({
    queryKey: ['many-comparison', inputs.lens, ...inputs.accounts],
    queryFn: ({ signal }) => run(signal),
    staleTime: Infinity,
    gcTime: 60_000,
    placeholderData: keepPreviousData,
    structuralSharing: false,
  })
}
