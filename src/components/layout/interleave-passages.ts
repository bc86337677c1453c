import type { Comparison, Segment, Side } from '../../core'
import { linkPassages } from '../group-paragraphs'

/** Consecutive passages of one account, shown together in the inline view. */
export interface InlineRun {
  side: Side
  segments: Segment[]
}

const byStart = (x: Segment, y: Segment) => x.start - y.start

/**
 * The inline order: each passage of the first account followed by its counterparts in the second
 * (a counterpart shared by several passages comes after the first of them), and each run of the second
 * account's passages without a counterpart placed after the passage it follows in its own account.
 */
export function interleavePassages(segments: Comparison['segments']): InlineRun[] {
  const a = [...segments.a].sort(byStart)
  const b = [...segments.b].sort(byStart)
  const links = linkPassages([...a, ...b])
  const bOrder = new Map(b.map((s, i) => [s.id, i]))
  const bById = new Map(b.map((s) => [s.id, s]))

  // The unlinked runs of the second account, keyed by the linked passage before them ('' = the start).
  const unlinkedAfter = new Map<string, Segment[]>()
  let previous = ''
  for (const segment of b) {
    if (links.has(segment.id)) previous = segment.id
    else {
      const run = unlinkedAfter.get(previous)
      if (run) run.push(segment)
      else unlinkedAfter.set(previous, [segment])
    }
  }

  const runs: InlineRun[] = []
  const emit = (segment: Segment) => {
    const last = runs[runs.length - 1]
    if (last?.side === segment.side) last.segments.push(segment)
    else runs.push({ side: segment.side, segments: [segment] })
  }
  const placed = new Set<string>()
  const emitB = (segment: Segment) => {
    emit(segment)
    placed.add(segment.id)
    unlinkedAfter.get(segment.id)?.forEach(emit)
  }

  unlinkedAfter.get('')?.forEach(emit)
  for (const segment of a) {
    emit(segment)
    const counterparts = (links.get(segment.id) ?? [])
      .filter((id) => bById.has(id) && !placed.has(id))
      .sort((x, y) => bOrder.get(x)! - bOrder.get(y)!)
    counterparts.forEach((id) => emitB(bById.get(id)!))
  }
  // Linked only to passages the first account does not hold (not expected; kept so nothing is lost).
  b.filter((s) => links.has(s.id) && !placed.has(s.id)).forEach(emitB)
  return runs
}
