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

/** Passages of `side` that hang off `anchor` as secondary links, best first. */
function secondariesOf(anchor: Sentence, side: readonly Sentence[]): Sentence[] {
  const scoreOf = (s: Sentence) =>
    s.counterparts.find((c) => !c.primary && c.index === anchor.index)?.score
  return side.filter((s) => scoreOf(s) !== undefined).sort((p, q) => scoreOf(q)! - scoreOf(p)!)
}

function pairUnits(a: readonly Sentence[], b: readonly Sentence[]): Unit[] {
  const units: Unit[] = []
  for (const x of a) {
    const primary = x.counterparts.find((c) => c.primary)
    if (!primary) continue
    const y = b[primary.index]!
    const extraA = secondariesOf(y, a)
    const extraB = secondariesOf(x, b)
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
    if (run.length)
      {units.push(kind === 'only-a' ? { kind, a: run, b: [] } : { kind, a: [], b: run })}
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
