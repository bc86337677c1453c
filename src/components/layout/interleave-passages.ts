import type { Comparison, Segment, Side } from '../../core'
import { linkPassages } from '../group-paragraphs'

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
  const links = linkPassages([...a, ...b])
  const bOrder = new Map(b.map((s, i) => [s.id, i]))
  const bById = new Map(b.map((s) => [s.id, s]))

  // The unlinked runs of the second account, keyed by the linked passage before them ('' = the start).
  const unlinkedAfter = new Map<string, Segment[]>()
  let previous = ''
  for (const passage of b) {
    if (links.has(passage.id)) previous = passage.id
    else {
      const run = unlinkedAfter.get(previous)
      if (run) run.push(passage)
      else unlinkedAfter.set(previous, [passage])
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
    unlinkedAfter.get(passage.id)?.forEach(emit)
  }

  unlinkedAfter.get('')?.forEach(emit)
  for (const passage of a) {
    emit(passage)
    const counterparts = (links.get(passage.id) ?? [])
      .filter((id) => bById.has(id) && !placed.has(id))
      .sort((x, y) => bOrder.get(x)! - bOrder.get(y)!)
    counterparts.forEach((id) => emitB(bById.get(id)!))
  }
  // Linked only to passages the first account does not hold (not expected; kept so nothing is lost).
  b.filter((s) => links.has(s.id) && !placed.has(s.id)).forEach(emitB)
  return runs
}
