import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import type { Comparison } from '../core'

/** What a comparison depends on, each as a short string: both accounts' hashes, lens, corrections. */
export interface ComparisonInputs {
  a: string
  b: string
  lens: string
  corrections: string
}

/**
 * One comparison, computed by `run`. A result never goes stale (same inputs, same output); while a new
 * lens or correction is computed, the previous comparison stays on screen.
 */
export function comparisonQuery(
  inputs: ComparisonInputs,
  run: (signal: AbortSignal) => Comparison | Promise<Comparison>,
) {
  return queryOptions({
    queryKey: ['comparison', inputs.a, inputs.b, inputs.lens, inputs.corrections],
    queryFn: ({ signal }) => run(signal),
    staleTime: Infinity,
    // Results for long accounts are large: do not hoard them once they are off screen.
    gcTime: 60_000,
    placeholderData: keepPreviousData,
    // Comparisons are large and always new objects; deep-diffing them against the old one buys nothing.
    structuralSharing: false,
  })
}
