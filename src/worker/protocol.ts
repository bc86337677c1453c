import type { Account, CompareOptions, Comparison, Divergence, Segment } from '../core'

/** Options that survive a postMessage: callbacks stay on the page's side. */
export type WireOptions = Omit<CompareOptions, 'onProgress' | 'now'>

/** What the page asks the comparison worker. */
export interface CompareRequest {
  id: number
  a: Account
  b: Account
  options: WireOptions
}

/** The long arrays of a result, sent in slices: see result-slices.ts. */
export type SlicedField = 'a' | 'b' | 'divergences'

/** What the worker answers; every reply carries its job id so the page can drop stale ones. */
export type CompareReply =
  | { type: 'progress'; id: number; done: number }
  | { type: 'slice'; id: number; field: 'a' | 'b'; items: Segment[] }
  | { type: 'slice'; id: number; field: 'divergences'; items: Divergence[] }
  | { type: 'result'; id: number; result: Comparison }
  | { type: 'error'; id: number; error: string }
