/**
 * Cuts the aligned accounts into divergence candidates, each one specific claim: a clash between
 * passages (with the neighbours that carry the same claim), an aligned pair with the passages that
 * hang off it, or a short run of passages only one account tells. A cited sentence that points back
 * ("This would outline…") comes with the one it points to, and one that the next sentence points back
 * to ("progress in these dialogues") with that sentence. At most three passages a side; a
 * line an account repeats (two translations of one quote) is one candidate, not two (merge-repeats.ts).
 * Passages the first cut leaves without a place find one in leftovers.ts.
 */
import { addPassage, MAX_PER_SIDE, type Candidate } from './candidate'
import type { Clash } from './clash'
import type { Passage } from './passage'
import { continuesPrevious, pointsBack, refersBackEarly } from './passage-quality'
import {
  goesOnWithUnaligned,
  joinNeighbourPairs,
  noiseOnly,
  placeOrphans,
  indexPairs,
} from './leftovers'
import { mergeRepeats } from './merge-repeats'
import type { DivergenceKind } from './types'

export type { Candidate } from './candidate'

/** How far from a passage of a clash a neighbour that carries the same claim may stand. */
const NEIGHBOURHOOD = 2

/** Claim kinds that tell one story: a verdict on the talks and what they achieved go together. */
const RELATED: Record<Clash['rule'], string[]> = {
  assessment: ['assessment', 'progress'],
  outcome: ['progress', 'assessment'],
  willingness: ['willingness', 'progress'],
  blame: ['accusation'],
  denial: ['accusation'],
  figure: [],
  timing: ['progress', 'commitment'],
}

/** Stance of the passage's asserted claims of these kinds (not hedged, conditional or asked for):
 * +1, -1 or 0. */
function stanceOn(s: Passage, kinds: readonly string[]): number {
  const asserted = s.annotation.claims.filter(
    (c) => kinds.includes(c.kind) && (c.mode === 'plain' || c.mode === 'firm') && c.time !== 'past',
  )
  return Math.sign(asserted.reduce((n, c) => n + c.polarity, 0))
}

/**
 * Neighbours (same paragraph, within two passages) that carry the same claim with the same stance:
 * an account often spreads one claim over consecutive passages ("on the same page. It was candid,
 * business-minded, and concrete."), and only one of them may be paired with the other account.
 */
function pullNeighbours(list: Passage[], side: readonly Passage[], kinds: readonly string[]): void {
  for (const m of [...list]) {
    const stance = stanceOn(m, kinds)
    if (stance === 0) continue
    for (let k = m.index - NEIGHBOURHOOD; k <= m.index + NEIGHBOURHOOD; k++) {
      const n = side[k]
      if (
        !n ||
        n.paragraph !== m.paragraph ||
        n.alignment === 'shared' ||
        n.alignment === 'reworded'
      ) {
        continue
      }
      if (stanceOn(n, kinds) === stance) addPassage(list, n)
    }
  }
}

/** One candidate per clash; clashes of one rule that share a passage are one candidate. */
function clashCandidates(a: readonly Passage[], b: readonly Passage[]): Candidate[] {
  const clashes = a
    .flatMap((x) =>
      x.counterparts.filter((c) => c.clash).map((c) => ({ x, y: b[c.index]!, clash: c.clash! })),
    )
    .sort((p, q) => q.clash.strength - p.clash.strength || p.x.index - q.x.index)
  const candidates: Candidate[] = []
  for (const { x, y, clash } of clashes) {
    const same = candidates.find(
      (u) => u.clash!.rule === clash.rule && (u.a.includes(x) || u.b.includes(y)),
    )
    if (same) {
      addPassage(same.a, x)
      addPassage(same.b, y)
      continue
    }
    candidates.push({ kind: 'contradicts', a: [x], b: [y], clash })
  }
  for (const u of candidates) {
    const kinds = RELATED[u.clash!.rule]
    pullNeighbours(u.a, a, kinds)
    pullNeighbours(u.b, b, kinds)
    pullAntecedents(u.a, a)
    pullAntecedents(u.b, b)
  }
  return candidates
}

/** Two neighbouring passages read as one stretch of text: one paragraph, or two paragraphs of one
 * sentence each (wire copy sets every sentence apart). */
function sameStretch(side: readonly Passage[], j: number, k: number): boolean {
  const alone = (i: number) =>
    side[i - 1]?.paragraph !== side[i]!.paragraph && side[i + 1]?.paragraph !== side[i]!.paragraph
  return side[j]!.paragraph === side[k]!.paragraph || (alone(j) && alone(k))
}

/** The sentence after a cited one that points back to it within its first words ("…the Strategic
 * Stability Dialogue. President Biden also reiterated that substantive progress in these dialogues can
 * occur only…"): it says more of the same point. */
function pullFollowers(list: Passage[], side: readonly Passage[]): void {
  for (const m of [...list]) {
    const next = side[m.index + 1]
    if (next && sameStretch(side, m.index, next.index) && refersBackEarly(next.text)) {
      addPassage(list, next)
    }
  }
}

/** The sentence before a cited one that points back to it ("…a memorandum concerning a potential
 * future peace treaty. This would outline several key points…"): without it the quote says "this"
 * of nothing the reader can see. */
function pullAntecedents(list: Passage[], side: readonly Passage[]): void {
  for (const m of [...list]) {
    const before = side[m.index - 1]
    if (before && sameStretch(side, before.index, m.index) && pointsBack(m.text)) {
      addPassage(list, before)
    }
  }
}

/** For each passage, the passages of the other side that hang off it as secondary links, best first. */
function secondariesByAnchor(side: readonly Passage[]): Map<number, Passage[]> {
  const byAnchor = new Map<number, { s: Passage; score: number }[]>()
  for (const s of side) {
    if (noiseOnly(s) || goesOnWithUnaligned(s, side)) continue
    for (const c of s.counterparts) {
      if (c.primary || c.clash) continue
      const list = byAnchor.get(c.index) ?? []
      list.push({ s, score: c.score })
      byAnchor.set(c.index, list)
    }
  }
  return new Map(
    [...byAnchor].map(([k, list]) => [k, list.sort((p, q) => q.score - p.score).map((e) => e.s)]),
  )
}

/** Adds to `other` the passages that hang off each passage of `own` but its first (the aligned one,
 * whose hangers are there already). */
function bringHangers(own: Passage[], other: Passage[], hanging: Map<number, Passage[]>): void {
  for (const s of own.slice(1)) for (const h of hanging.get(s.index) ?? []) addPassage(other, h)
}

/** Aligned pairs told in different words: the primary pair and what hangs off it. */
function pairCandidates(
  a: readonly Passage[],
  b: readonly Passage[],
  taken: Set<Passage>,
): Candidate[] {
  const hangingA = secondariesByAnchor(a)
  const hangingB = secondariesByAnchor(b)
  const candidates: Candidate[] = []
  for (const x of a) {
    const primary = x.counterparts.find((c) => c.primary && !c.clash)
    if (!primary) continue
    const y = b[primary.index]!
    if (taken.has(x) && taken.has(y)) continue
    const sideA = [x, ...(hangingA.get(y.index) ?? [])].slice(0, MAX_PER_SIDE)
    const sideB = [y, ...(hangingB.get(x.index) ?? [])].slice(0, MAX_PER_SIDE)
    if ([...sideA, ...sideB].every((s) => s.alignment === 'shared')) continue
    pullAntecedents(sideA, a)
    pullAntecedents(sideB, b)
    pullFollowers(sideA, a)
    pullFollowers(sideB, b)
    // A passage that joined brings the ones hanging off it: "these dialogues" and the Kremlin's
    // "these negotiating tracks" that answers it.
    bringHangers(sideA, sideB, hangingB)
    bringHangers(sideB, sideA, hangingA)
    candidates.push({ kind: 'reframed', a: sideA, b: sideB, clash: null })
  }
  return candidates
}

/** Runs of consecutive passages no other candidate took (unaligned, or linked only as a placeless
 * secondary), in one paragraph and on one subject. */
function loneRuns(
  passages: readonly Passage[],
  kind: DivergenceKind,
  taken: Set<Passage>,
): Candidate[] {
  const candidates: Candidate[] = []
  let run: Passage[] = []
  const flush = () => {
    if (run.length) {
      candidates.push(
        kind === 'only-a'
          ? { kind, a: run, b: [], clash: null }
          : { kind, a: [], b: run, clash: null },
      )
    }
    run = []
  }
  for (const s of passages) {
    // A passage with no content word ("Yes.", "a.") tells nothing on its own.
    if (s.alignment === 'shared' || taken.has(s) || s.annotation.terms.length === 0) {
      flush()
      continue
    }
    const last = run[run.length - 1]
    const continues =
      last &&
      last.paragraph === s.paragraph &&
      last.index === s.index - 1 &&
      run.length < MAX_PER_SIDE &&
      (s.topicsCarried ||
        continuesPrevious(s.text) ||
        s.topics.some((t) => last.topics.includes(t)))
    if (!continues) flush()
    run.push(s)
  }
  flush()
  return candidates
}

export function buildCandidates(a: readonly Passage[], b: readonly Passage[]): Candidate[] {
  const clashes = clashCandidates(a, b)
  // Passages already cited as evidence of a clash do not come back as a lone divergence.
  const taken = new Set<Passage>(clashes.flatMap((u) => [...u.a, ...u.b]))
  const pairs = pairCandidates(a, b, taken)
  pairs.forEach((u) => [...u.a, ...u.b].forEach((s) => taken.add(s)))
  const byPassage = { index: indexPairs(pairs), order: new Map(pairs.map((u, k) => [u, k])) }
  placeOrphans({ a, b }, byPassage, taken)
  const lone = joinNeighbourPairs(
    [...loneRuns(a, 'only-a', taken), ...loneRuns(b, 'only-b', taken)],
    { a, b },
    byPassage,
  )
  return mergeRepeats([...clashes, ...pairs, ...lone])
}
