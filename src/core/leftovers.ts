/**
 * Where the passages the first cut of candidates left over go: a secondary whose anchor had no room,
 * a single passage only one account tells next to a reframing on its topic, a sentence that goes on
 * with the one before. build-candidates.ts calls these between making the reframings and the runs of
 * lone passages.
 */
import { MAX_PER_SIDE, type Candidate } from './candidate'
import { claimRole } from './lexicons'
import type { Passage } from './passage'
import { continuesPrevious } from './passage-quality'
import type { Side } from './types'

/** Courtesy or how the call was held, and no claim: a passage that never makes a divergence of its own. */
export function noiseOnly(s: Passage): boolean {
  return (
    s.annotation.noise.size > 0 && !s.annotation.claims.some((c) => claimRole(c.kind) === 'claim')
  )
}

/** A sentence that opens on a connective after one the other account does not tell ("And, of course,
 * take into account the root causes…"): it says more of that point, and goes in its item rather than
 * hang as a weak secondary off some passage of the other side. */
export function goesOnWithUnaligned(s: Passage, side: readonly Passage[]): boolean {
  const before = side[s.index - 1]
  return (
    before !== undefined &&
    before.paragraph === s.paragraph &&
    before.alignment === 'only-here' &&
    continuesPrevious(s.text)
  )
}

/** The reframings citing each passage, earliest made first: found by passage, not by scanning every
 * reframing (a long text has thousands). */
export type PairIndex = Map<Passage, Candidate[]>

export function indexPairs(pairs: readonly Candidate[]): PairIndex {
  const index: PairIndex = new Map()
  pairs.forEach((u) => [...u.a, ...u.b].forEach((s) => cite(index, s, u)))
  return index
}

function cite(index: PairIndex, s: Passage, u: Candidate): void {
  const list = index.get(s)
  if (list) list.push(u)
  else index.set(s, [u])
}

/** Adds a passage to a reframing's side, and to the index of what cites it. */
function join(index: PairIndex, home: Candidate, side: Side, s: Passage): void {
  home[side].push(s)
  cite(index, s, home)
}

/** The earliest made reframing citing one of `cited` with room for one more passage on `side`. */
function homeFor(
  index: PairIndex,
  order: ReadonlyMap<Candidate, number>,
  cited: readonly (Passage | undefined)[],
  side: Side,
): Candidate | undefined {
  let home: Candidate | undefined
  for (const s of cited) {
    for (const u of (s && index.get(s)) ?? []) {
      if (u[side].length < MAX_PER_SIDE && (!home || order.get(u)! < order.get(home)!)) home = u
    }
  }
  return home
}

/**
 * Passages linked to the other account only as a secondary whose anchor made no room for them (its
 * candidate is a clash, or already holds three passages a side). Courtesy and a sentence that goes on
 * with one already cited are dropped; one whose anchor is in a reframing with room joins it; the rest
 * are left to `loneRuns`: what they say, the other account does not say in so many words.
 */
export function placeOrphans(
  sides: { a: readonly Passage[]; b: readonly Passage[] },
  pairs: { index: PairIndex; order: ReadonlyMap<Candidate, number> },
  taken: Set<Passage>,
): void {
  for (const side of ['a', 'b'] as const) {
    const other = side === 'a' ? 'b' : 'a'
    for (const s of sides[side]) {
      if (s.alignment === 'shared' || s.alignment === 'only-here' || taken.has(s)) continue
      const before = sides[side][s.index - 1]
      const repeatsBefore = continuesPrevious(s.text) && before !== undefined && taken.has(before)
      if (noiseOnly(s) || repeatsBefore) {
        taken.add(s)
        continue
      }
      if (goesOnWithUnaligned(s, sides[side])) continue
      const anchors = s.counterparts.map((c) => sides[other][c.index])
      const home = homeFor(pairs.index, pairs.order, anchors, side)
      if (home) {
        join(pairs.index, home, side, s)
        taken.add(s)
      }
    }
  }
}

/** A single passage only one account tells, next to one of a reframing and on the same topic: the
 * account makes one point over two sentences, and the other account answers it once. The passage
 * joins that reframing; a run of several lone passages is a point of its own and stays apart. */
export function joinNeighbourPairs(
  lone: Candidate[],
  sides: { a: readonly Passage[]; b: readonly Passage[] },
  pairs: { index: PairIndex; order: ReadonlyMap<Candidate, number> },
): Candidate[] {
  return lone.filter((u) => {
    const key: Side = u.kind === 'only-a' ? 'a' : 'b'
    if (u[key].length !== 1) return true
    const s = u[key][0]!
    if (s.topicsCarried) return true
    const neighbours = [sides[key][s.index - 1], sides[key][s.index + 1]].filter(
      (n) =>
        n !== undefined &&
        n.paragraph === s.paragraph &&
        !n.topicsCarried &&
        n.topics.some((t) => s.topics.includes(t)),
    )
    const home = homeFor(pairs.index, pairs.order, neighbours, key)
    if (!home) return true
    join(pairs.index, home, key, s)
    return false
  })
}
