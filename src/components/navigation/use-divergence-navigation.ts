import type { Divergence } from '../../core'
import { describePosition } from './describe-position'
import { useStepNavigation } from './use-step-navigation'

export type { Announcement } from './use-step-navigation'

/**
 * Which divergence the reader is on, stepping through `divergences` (the filtered list) without
 * wrapping: at either end it says so instead (see use-step-navigation.ts).
 */
export function useDivergenceNavigation(
  divergences: Divergence[],
  labels: [string, string],
  onReach: (divergence: Divergence) => void,
) {
  return useStepNavigation(
    divergences,
    {
      noun: 'divergence',
      describe: (d, index, count) => describePosition(d, index, count, labels),
    },
    onReach,
  )
}
