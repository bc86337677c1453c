/**
 * Labels a passage by how it stands to the other account: `contradicts` when one of its pairs
 * carries a clash (clash.ts), `shared` when its best counterpart says the same in nearly the same
 * words and makes the same claims, `reworded` when paired otherwise, `only-here` when unpaired.
 */
import type { Passage } from './passage'
import type { Alignment } from './types'

/** Cosine at or above which an aligned pair says the same thing in nearly the same words. */
export const SHARED_COSINE = 0.75

/** Same words are not the same account when one side adds a claim ("…were not agreed"). */
function claimProfile(s: Passage): string {
  // Most passages claim nothing or one thing: no array to build for them.
  const { claims } = s.annotation
  if (claims.length === 0) return ''
  if (claims.length === 1) return `${claims[0]!.kind}${claims[0]!.polarity}`
  return claims
    .map((c) => `${c.kind}${c.polarity}`)
    .sort()
    .join(' ')
}

export function labelPassage(s: Passage, others?: readonly Passage[]): Alignment {
  if (s.counterparts.length === 0) return 'only-here'
  if (s.counterparts.some((c) => c.clash)) return 'contradicts'
  const best = s.counterparts[0]!
  const partner = others?.[best.index]
  const sameClaims = partner ? claimProfile(s) === claimProfile(partner) : true
  return best.cosine >= SHARED_COSINE && sameClaims ? 'shared' : 'reworded'
}
