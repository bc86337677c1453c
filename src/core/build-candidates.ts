/**
 * Cuts the aligned accounts into divergence candidates, each one specific claim: a clash between
 * passages (with the neighbours that carry the same claim), an aligned pair with the passages that
 * hang off it, or a short run of passages only one account tells. At most three passages a side; a
 * line an account repeats (two translations of one quote) is one candidate, not two.
 */
import type { Clash } from './clash'
import { claimRole } from './lexicons'
import type { Passage } from './passage'
import { continuesPrevious } from './passage-quality'
import type { DivergenceKind } from './types'

export interface Candidate {
  kind: DivergenceKind
  a: Passage[]
  b: Passage[]
  /** Why the two sides contradict each other, for `contradicts`. */
  clash: Clash | null
}

const MAX_PER_SIDE = 3

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

function add(list: Passage[], s: Passage): void {
  if (list.length < MAX_PER_SIDE && !list.includes(s)) list.push(s)
}

/** Stance of the passage's asserted claims of these kinds (not hedged, conditional or asked for):
 * +1, -1 or 0. */
function stanceOn(s: Passage, kinds: readonly string[]): number {
  const asserted = s.annotation.claims.filter(
    (c) => kinds.includes(c.kind) && (c.mode === 'plain' || c.mode === 'firm') && c.time !== 'past',
  )
  return Math.sign(asserted.reduce((n, c) => n + c.polarity, 0))
}

/** Courtesy or how the call was held, and no claim: a passage that never makes a divergence of its own. */
function noiseOnly(s: Passage): boolean {
  return (
    s.annotation.noise.size > 0 && !s.annotation.claims.some((c) => claimRole(c.kind) === 'claim')
  )
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
      if (stanceOn(n, kinds) === stance) add(list, n)
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
      add(same.a, x)
      add(same.b, y)
      continue
    }
    candidates.push({ kind: 'contradicts', a: [x], b: [y], clash })
  }
  for (const u of candidates) {
    const kinds = RELATED[u.clash!.rule]
    pullNeighbours(u.a, a, kinds)
    pullNeighbours(u.b, b, kinds)
  }
  return candidates
}

/** For each passage, the passages of the other side that hang off it as secondary links, best first. */
function secondariesByAnchor(side: readonly Passage[]): Map<number, Passage[]> {
  const byAnchor = new Map<number, { s: Passage; score: number }[]>()
  for (const s of side) {
    if (noiseOnly(s)) continue
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
    candidates.push({ kind: 'reframed', a: sideA, b: sideB, clash: null })
  }
  return candidates
}

/** Runs of consecutive unaligned passages in one paragraph that stay on one subject. */
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
    if (s.alignment !== 'only-here' || taken.has(s) || s.annotation.terms.length === 0) {
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

/** Share of the smaller passage's terms the two have in common; a short passage counts only when it
 * is the other's words exactly ("Thank you." told twice). */
function overlap(x: Passage, y: Passage): number {
  const [p, q] = [new Set(x.annotation.terms), new Set(y.annotation.terms)]
  const small = Math.min(p.size, q.size)
  if (small < 4) return p.size === q.size && [...p].every((t) => q.has(t)) ? 1 : 0
  let common = 0
  for (const t of p) if (q.has(t)) common++
  return common / small
}

/** A repeat: most of its words are in a passage of the same side already in another candidate. */
const REPEAT_OVERLAP = 0.6

/** A term used by more candidates than this is no sign of a repeat, and is not looked up. */
const REPEAT_INDEX_CAP = 16

/** Lone candidates that repeat a line the account already tells elsewhere join that candidate.
 * Candidates are found through the terms they use (each side apart), so the cost follows the words
 * two passages share, not the number of candidates squared. */
function mergeRepeats(candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = []
  const index = { a: new Map<string, Candidate[]>(), b: new Map<string, Candidate[]>() }
  const remember = (u: Candidate) => {
    for (const side of ['a', 'b'] as const) {
      for (const s of u[side]) {
        for (const t of new Set(s.annotation.terms)) {
          const list = index[side].get(t) ?? []
          if (list.length < REPEAT_INDEX_CAP) list.push(u)
          index[side].set(t, list)
        }
      }
    }
  }
  for (const u of candidates) {
    const lone = u.kind === 'only-a' || u.kind === 'only-b'
    const side = u.kind === 'only-a' ? 'a' : 'b'
    const mine = u[side]
    const home = lone ? repeatHome(mine, side, index[side]) : undefined
    if (!home) {
      kept.push(u)
      remember(u)
      continue
    }
    mine.forEach((m) => add(home[side], m))
  }
  return kept
}

/** An earlier candidate holding a passage of `side` that most of one of `mine`'s words repeat. */
function repeatHome(
  mine: readonly Passage[],
  side: 'a' | 'b',
  index: Map<string, Candidate[]>,
): Candidate | undefined {
  for (const m of mine) {
    const seen = new Set<Candidate>()
    for (const t of m.annotation.terms) {
      const list = index.get(t)
      if (!list || list.length >= REPEAT_INDEX_CAP) continue
      for (const u of list) {
        if (seen.has(u)) continue
        seen.add(u)
        if (u[side].some((s) => overlap(s, m) >= REPEAT_OVERLAP)) return u
      }
    }
  }
  return undefined
}

export function buildCandidates(a: readonly Passage[], b: readonly Passage[]): Candidate[] {
  const clashes = clashCandidates(a, b)
  // Passages already cited as evidence of a clash do not come back as a lone divergence.
  const taken = new Set<Passage>(clashes.flatMap((u) => [...u.a, ...u.b]))
  const pairs = pairCandidates(a, b, taken)
  pairs.forEach((u) => [...u.a, ...u.b].forEach((s) => taken.add(s)))
  return mergeRepeats([
    ...clashes,
    ...pairs,
    ...loneRuns(a, 'only-a', taken),
    ...loneRuns(b, 'only-b', taken),
  ])
}
