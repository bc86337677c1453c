/**
 * The strongest claim a divergence's passages make: what its reason says only one side makes, and
 * what heads it when its passages carry no topic ("Accusations" rather than "Other" in a strike).
 */
import { isStatedQuantity } from './figures'
import { CLAIM_KINDS, claimRole, claimWeight } from './lexicons'
import type { Passage } from './passage'

/** The kind of the weightiest claim in the passages, 'figure' for a stated quantity and no claim, or
 * null. */
export function strongestClaimKind(passages: readonly Passage[]): string | null {
  let best: { kind: string; weight: number } | null = null
  for (const s of passages) {
    for (const c of s.annotation.claims) {
      if (claimRole(c.kind) !== 'claim') continue
      const weight = claimWeight(c.kind)
      if (!best || weight > best.weight) best = { kind: c.kind, weight }
    }
    if (!best && s.annotation.figures.some(isStatedQuantity)) best = { kind: 'figure', weight: 0 }
  }
  return best?.kind ?? null
}

/** What a divergence with no topic is headed: its strongest claim, else "Other". */
export function headingWithoutTopic(passages: readonly Passage[]): string {
  const kind = strongestClaimKind(passages)
  if (kind === 'figure') return 'Figures'
  return (kind && CLAIM_KINDS.get(kind)?.heading) ?? 'Other'
}
