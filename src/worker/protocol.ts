import type { Account, CompareOptions, Comparison, ManyComparison } from '../core'

/** Options that survive a postMessage: callbacks stay on the page's side. */
export type WireOptions = Omit<CompareOptions, 'onProgress' | 'now'>

/** What the page asks the comparison worker. */
export interface CompareRequest {
  id: number
  a: Account
  b: Account
  /** The third to fifth accounts, when there are more than two: then all are compared at once
   * (`compareMany`), and the answer is a `many-result`. */
  more?: Account[]
  options: WireOptions
}

/** The long arrays of a result, sent in slices: see result-slices.ts. */
export type SlicedField = 'a' | 'b' | 'divergences'

/** What the worker answers; every reply carries its job id so the page can drop stale ones. */
export type CompareReply =
  | { type: 'progress'; id: number; done: number }
  /** Part of a long array of the result (passages of side a or b, or divergences), as JSON. */
  | { type: 'slice'; id: number; field: SlicedField; json: string }
  | { type: 'result'; id: number; result: Comparison }
  /** The comparison of three to five accounts, its passages' texts left out (the page has them). */
  | { type: 'many-result'; id: number; result: ManyComparison }
  | { type: 'error'; id: number; error: string }
