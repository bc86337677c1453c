import type { Divergence } from '../../core'
import { describeKind } from '../alignment-words'

/** What the live region says on landing, e.g. "Divergence 2 of 14: Ukraine — progress, only in Kremlin readout." */
export function describePosition(
  divergence: Divergence,
  index: number,
  count: number,
  labels: [string, string],
): string {
  const kind = describeKind(divergence.kind, labels[0], labels[1])
  const lowered = kind.charAt(0).toLowerCase() + kind.slice(1)
  return `Divergence ${index + 1} of ${count}: ${divergence.topicLabel}, ${lowered}.`
}
