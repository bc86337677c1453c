/**
 * Cuts the aligned accounts into divergence candidates, each one specific claim: an aligned pair
 * with the passages that hang off it (at most three a side), or a short run of passages only one
 * account tells. A bucket of every passage on a topic is never a unit.
 */
import type { Sentence } from './sentence'
import type { DivergenceKind } from './types'

export interface Unit {
  kind: DivergenceKind
  a: Sentence[]
  b: Sentence[]
}

const MAX_PER_SIDE = 3

/** For each passage, the passages of the other side that hang off it as secondary links, best first. */
function secondariesByAnchor(side: readonly Sentence[]): Map<number, Sentence[]> {
  const byAnchor = new Map<number, { s: Sentence; score: number }[]>()
  for (const s of side) {
    for (const c of s.counterparts) {
      if (c.primary) continue
      const list = byAnchor.get(c.index) ?? []
      list.push({ s, score: c.score })
      byAnchor.set(c.index, list)
    }
  }
  return new Map(
    [...byAnchor].map(([k, list]) => [k, list.sort((p, q) => q.score - p.score).map((e) => e.s)]),
  )
}

/** How far from an aligned passage a neighbour that carries the same claim may stand. */
const NEIGHBOURHOOD = 2

/**
 * Unaligned neighbours (same paragraph, within two sentences) that carry a claim of the same kind
 * on the same topic: an account often spreads one claim over consecutive sentences ("we continued
 * the search for a negotiated solution. … the progress in implementing the agreements. … willing to
 * pursue negotiations."), and only one of them may share words with the other account.
 */
function claimNeighbours(
  members: readonly Sentence[],
  side: readonly Sentence[],
  taken: Set<Sentence>,
): Sentence[] {
  const kinds = new Set(members.flatMap((m) => m.annotation.claims.map((c) => c.kind)))
  const topics = new Set(members.flatMap((m) => m.topics))
  const found: Sentence[] = []
  for (const m of members) {
    for (let k = m.index - NEIGHBOURHOOD; k <= m.index + NEIGHBOURHOOD; k++) {
      const n = side[k]
      if (!n || taken.has(n) || n.alignment !== 'only-here' || n.paragraph !== m.paragraph) continue
      if (
        !n.topics.some((t) => topics.has(t)) ||
        !n.annotation.claims.some((c) => kinds.has(c.kind))
      ) {
        continue
      }
      found.push(n)
    }
  }
  return found
}

/** Evidence order: the clashing passage first, then those that carry claims, then the rest. */
function strongest(sentences: Sentence[]): Sentence[] {
  const weight = (s: Sentence) =>
    (s.alignment === 'contradicts' ? 100 : 0) + s.annotation.claimWeight
  return [...new Set(sentences)].sort((x, y) => weight(y) - weight(x)).slice(0, MAX_PER_SIDE)
}

function pairUnits(a: readonly Sentence[], b: readonly Sentence[], taken: Set<Sentence>): Unit[] {
  const hangingA = secondariesByAnchor(a)
  const hangingB = secondariesByAnchor(b)
  const units: Unit[] = []
  for (const x of a) {
    const primary = x.counterparts.find((c) => c.primary)
    if (!primary) continue
    const y = b[primary.index]!
    const sideA = [x, ...(hangingA.get(y.index) ?? [])]
    const sideB = [y, ...(hangingB.get(x.index) ?? [])]
    if ([...sideA, ...sideB].every((s) => s.alignment === 'shared')) continue
    const kind = [...sideA, ...sideB].some((s) => s.alignment === 'contradicts')
      ? 'contradicts'
      : 'reframed'
    if (kind === 'contradicts') {
      // Only a clash pulls in neighbours: they are the rest of the claim that is contradicted.
      sideA.push(...claimNeighbours(sideA, a, taken))
      sideB.push(...claimNeighbours(sideB, b, taken))
    }
    const unit = { kind, a: strongest(sideA), b: strongest(sideB) } as const
    unit.a.forEach((s) => taken.add(s))
    unit.b.forEach((s) => taken.add(s))
    units.push({ ...unit, a: [...unit.a], b: [...unit.b] })
  }
  return units
}

/** Runs of consecutive unaligned passages in one paragraph that stay on one subject. */
function loneRuns(
  sentences: readonly Sentence[],
  kind: DivergenceKind,
  taken: Set<Sentence>,
): Unit[] {
  const units: Unit[] = []
  let run: Sentence[] = []
  const flush = () => {
    if (run.length) {
      units.push(kind === 'only-a' ? { kind, a: run, b: [] } : { kind, a: [], b: run })
    }
    run = []
  }
  for (const s of sentences) {
    if (s.alignment !== 'only-here' || taken.has(s)) {
      flush()
      continue
    }
    const last = run[run.length - 1]
    const continues =
      last &&
      last.paragraph === s.paragraph &&
      last.index === s.index - 1 &&
      run.length < MAX_PER_SIDE &&
      (s.topicsCarried || s.topics.some((t) => last.topics.includes(t)))
    if (!continues) flush()
    run.push(s)
  }
  flush()
  return units
}

export function buildUnits(a: readonly Sentence[], b: readonly Sentence[]): Unit[] {
  // Passages already cited as evidence of a clash do not come back as a lone divergence.
  const taken = new Set<Sentence>()
  const pairs = pairUnits(a, b, taken)
  return [...pairs, ...loneRuns(a, 'only-a', taken), ...loneRuns(b, 'only-b', taken)]
}
