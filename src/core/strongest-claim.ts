/**
 * The strongest claim a divergence's passages make: what its reason says only one side makes, and
 * what heads it when its passages carry no topic ("Accusations" rather than "Other" in a strike).
 */
import { isStatedQuantity } from './figures'
import { CLAIM_KINDS, claimRole, claimWeight } from './lexicons'
import { CLASH_CLAIM, type ClashRule } from './clash'
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

/** What a divergence with no topic is headed: the claims its clash sets against each other, else its
 * strongest claim, else "Other". A discrimination charge denied is "Accusations", whatever demand
 * one of its passages also makes. */
export function headingWithoutTopic(passages: readonly Passage[], clash?: ClashRule): string {
  const kind = clash ? CLASH_CLAIM[clash] : strongestClaimKind(passages)
  if (kind === 'figure') return 'Figures'
  return (kind && CLAIM_KINDS.get(kind)?.heading) ?? 'Other'
}
