import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { Account } from '../core'
import { useCompute } from './compute-context'
import { accountKey } from './text-key'

/**
 * The comparison of two accounts under a focus lens. A result never goes stale (same inputs, same
 * output); while a new focus is computed, the previous comparison stays on screen.
 */
export function useComparison(a: Account, b: Account, focus: string | undefined) {
  const compute = useCompute()
  return useQuery({
    queryKey: ['comparison', accountKey(a), accountKey(b), focus ?? null],
    queryFn: ({ signal }) => compute(a, b, focus ? { focus } : {}, signal),
    staleTime: Infinity,
    placeholderData: keepPreviousData,
    // Comparisons are large and always new objects; deep-diffing them against the old one buys nothing.
    structuralSharing: false,
  })
}
