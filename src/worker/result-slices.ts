import type { Comparison } from '../core'
import type { CompareReply } from './protocol'

/**
 * A comparison of two 1 MB accounts is some 12 MB of objects. Posted in one message, the page would
 * decode it in one long task and freeze; posted in slices, each slice is its own short task.
 */
export const SLICE_SIZE = 250

/** The replies that carry one result: slices of the long arrays, then the rest with those arrays empty. */
export function sliceResult(id: number, result: Comparison, size = SLICE_SIZE): CompareReply[] {
  const replies: CompareReply[] = []
  for (const field of ['a', 'b'] as const) {
    const segments = result.segments[field]
    for (let i = 0; i < segments.length; i += size) {
      replies.push({ type: 'slice', id, field, items: segments.slice(i, i + size) })
    }
  }
  for (let i = 0; i < result.divergences.length; i += size) {
    const items = result.divergences.slice(i, i + size)
    replies.push({ type: 'slice', id, field: 'divergences', items })
  }
  const rest: Comparison = { ...result, segments: { a: [], b: [] }, divergences: [] }
  replies.push({ type: 'result', id, result: rest })
  return replies
}

/** Collects the slices of one job and puts the result back together when its last reply arrives. */
export function createResultAssembler() {
  const a: Comparison['segments']['a'] = []
  const b: Comparison['segments']['b'] = []
  const divergences: Comparison['divergences'] = []
  let sliced = false
  return {
    add(reply: Extract<CompareReply, { type: 'slice' }>) {
      sliced = true
      if (reply.field === 'divergences') divergences.push(...reply.items)
      else (reply.field === 'a' ? a : b).push(...reply.items)
    },
    /** The whole result; a result that came in one piece (a small one, or a test's) is passed through. */
    finish(rest: Comparison): Comparison {
      if (!sliced) return rest
      const segments = { a: a.concat(rest.segments.a), b: b.concat(rest.segments.b) }
      return { ...rest, segments, divergences: divergences.concat(rest.divergences) }
    },
  }
}
