import type { Comparison, Segment, Side } from '../../core'
import { counterpartMap } from '../counterpart-map'

/** Consecutive passages of one account, shown together in the inline view. */
export interface InlineRun {
  side: Side
  passages: Segment[]
}

const byStart = (x: Segment, y: Segment) => x.start - y.start

/**
 * The inline order: each passage of the first account followed by its counterparts in the second
 * (a counterpart shared by several passages comes after the first of them), and each run of the second
 * account's passages without a counterpart placed after the passage it follows in its own account.
 */
export function interleavePassages(passages: Comparison['segments']): InlineRun[] {
  const a = [...passages.a].sort(byStart)
  const b = [...passages.b].sort(byStart)
  const counterpartsOf = counterpartMap([...a, ...b])
  const bOrder = new Map(b.map((s, i) => [s.id, i]))
  const bById = new Map(b.map((s) => [s.id, s]))

  // The unaligned runs of the second account, keyed by the aligned passage before them ('' = the start).
  const unalignedAfter = new Map<string, Segment[]>()
  let previous = ''
  for (const passage of b) {
    if (counterpartsOf.has(passage.id)) previous = passage.id
    else {
      const run = unalignedAfter.get(previous)
      if (run) run.push(passage)
      else unalignedAfter.set(previous, [passage])
    }
  }

  const runs: InlineRun[] = []
  const emit = (passage: Segment) => {
    const last = runs[runs.length - 1]
    if (last?.side === passage.side) last.passages.push(passage)
    else runs.push({ side: passage.side, passages: [passage] })
  }
  const placed = new Set<string>()
  const emitB = (passage: Segment) => {
    emit(passage)
    placed.add(passage.id)
    unalignedAfter.get(passage.id)?.forEach(emit)
  }

  unalignedAfter.get('')?.forEach(emit)
  for (const passage of a) {
    emit(passage)
    const counterparts = (counterpartsOf.get(passage.id) ?? [])
      .filter((id) => bById.has(id) && !placed.has(id))
      .sort((x, y) => bOrder.get(x)! - bOrder.get(y)!)
    counterparts.forEach((id) => emitB(bById.get(id)!))
  }
  // Aligned only with passages the first account does not hold (not expected; kept so nothing is lost).
  b.filter((s) => counterpartsOf.has(s.id) && !placed.has(s.id)).forEach(emitB)
  return runs
}
