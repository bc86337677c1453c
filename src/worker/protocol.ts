import type { Account, CompareOptions, Comparison } from '../core'

/** What the page asks the comparison worker. */
export interface CompareRequest {
  id: number
  a: Account
  b: Account
  options: CompareOptions
}

/** What the worker answers: the job id comes back so the page can drop stale replies. */
export type CompareReply =
  { id: number; ok: true; result: Comparison } | { id: number; ok: false; error: string }
