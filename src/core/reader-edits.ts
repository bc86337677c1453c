/**
 * Turns the reader's alignment corrections, which name passages by offsets into the texts as passed in,
 * into sentence index pairs for the aligner. A correction naming no passage (an offset past the text, or
 * before its first sentence) is dropped: a stale correction must not break the comparison.
 */
import type { ReaderPairs } from './align'
import type { AnalyzedAccount } from './analyze-account'
import type { AlignmentEdits, PassagePair } from './types'

/** Index of the sentence an original-text offset falls in (or in the space after), or -1. */
export function sentenceAt(account: AnalyzedAccount, offset: number): number {
  const { passages, normalized } = account
  const startOf = (k: number) => normalized.toOriginal[passages[k]!.start]!
  if (!Number.isInteger(offset) || offset < 0 || passages.length === 0) return -1
  const last = passages[passages.length - 1]!
  if (offset < startOf(0) || offset >= normalized.toOriginal[last.end]!) return -1
  let lo = 0
  let hi = passages.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (startOf(mid) <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}

export function resolveEdits(
  edits: AlignmentEdits | undefined,
  left: AnalyzedAccount,
  right: AnalyzedAccount,
): ReaderPairs {
  const resolve = (pairs: PassagePair[] = []) =>
    pairs
      .map((p) => [sentenceAt(left, p.a), sentenceAt(right, p.b)] as const)
      .filter(([i, j]) => i >= 0 && j >= 0)
  return { linked: resolve(edits?.link), unlinked: resolve(edits?.unlink) }
}
