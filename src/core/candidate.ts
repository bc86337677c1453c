/** A divergence candidate before ranking: the passages each side cites, and the clash if any. */
import type { Clash } from './clash'
import type { Passage } from './passage'
import type { DivergenceKind } from './types'

export interface Candidate {
  kind: DivergenceKind
  a: Passage[]
  b: Passage[]
  /** Why the two sides contradict each other, for `contradicts`. */
  clash: Clash | null
}

/** A reader follows at most three passages a side in one item. */
export const MAX_PER_SIDE = 3

/** Adds a passage to one side of a candidate, unless it is there already or the side is full. */
export function addPassage(list: Passage[], s: Passage): void {
  if (list.length < MAX_PER_SIDE && !list.includes(s)) list.push(s)
}
