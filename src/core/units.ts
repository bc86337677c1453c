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

function pairUnits(a: readonly Sentence[], b: readonly Sentence[]): Unit[] {
  const hangingA = secondariesByAnchor(a)
  const hangingB = secondariesByAnchor(b)
  const units: Unit[] = []
  for (const x of a) {
    const primary = x.counterparts.find((c) => c.primary)
    if (!primary) continue
    const y = b[primary.index]!
    const extraA = hangingA.get(y.index) ?? []
    const extraB = hangingB.get(x.index) ?? []
    const members = [x, y, ...extraA, ...extraB]
    if (members.every((s) => s.alignment === 'shared')) continue
    units.push({
      kind: members.some((s) => s.alignment === 'contradicts') ? 'contradicts' : 'reframed',
      a: [x, ...extraA].slice(0, MAX_PER_SIDE),
      b: [y, ...extraB].slice(0, MAX_PER_SIDE),
    })
  }
  return units
}

/** Runs of consecutive unaligned passages in one paragraph that stay on one subject. */
function loneRuns(sentences: readonly Sentence[], kind: DivergenceKind): Unit[] {
  const units: Unit[] = []
  let run: Sentence[] = []
  const flush = () => {
    if (run.length) {
      units.push(kind === 'only-a' ? { kind, a: run, b: [] } : { kind, a: [], b: run })
    }
    run = []
  }
  for (const s of sentences) {
    if (s.alignment !== 'only-here') {
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
  return [...pairUnits(a, b), ...loneRuns(a, 'only-a'), ...loneRuns(b, 'only-b')]
}
