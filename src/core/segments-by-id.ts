import type { Comparison, Segment } from './types'

const indexes = new WeakMap<Comparison['segments'], Map<string, Segment>>()

/**
 * Every passage of a comparison by id. Built once per comparison and shared by whoever asks (the
 * filters, the alignment tools, the reports), not rebuilt by each.
 */
export function segmentsById(comparison: Pick<Comparison, 'segments'>): Map<string, Segment> {
  const { segments } = comparison
  let index = indexes.get(segments)
  if (!index) {
    index = new Map([...segments.a, ...segments.b].map((s) => [s.id, s]))
    indexes.set(segments, index)
  }
  return index
}
