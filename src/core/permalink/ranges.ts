/**
 * Ranges: their one written form (`a1207-1291~k3x9`, shared by every link form and the file), making one
 * from offsets into the text as given, and checking decoded ranges against the texts. A pair's ranges
 * name side `a` or `b`; those of a link of many accounts (`m1`) any account from `a` to `e`.
 */
import { normalizeText, type NormalizedText } from '../normalize'
import type { AccountKey } from '../types'
import { quoteCheck } from './check'
import type { AccountRange, LinkRange } from './types'

// Nine digits are plenty (texts are capped at a few MB) and keep every number a safe integer.
const rangeToken = (sides: string) =>
  new RegExp(`^([${sides}])(\\d{1,9})-(\\d{1,9})(?:~([0-9a-zA-Z]{4}))?$`)
const PAIR_RANGE = rangeToken('ab')
const ACCOUNT_RANGE = rangeToken('a-e')

export function formatRange(range: AccountRange): string {
  const check = range.check === undefined ? '' : `~${range.check}`
  return `${range.side}${range.start}-${range.end}${check}`
}

function parseWith(pattern: RegExp, token: string): AccountRange | null {
  const m = pattern.exec(token)
  if (!m) return null
  const start = Number(m[2])
  const end = Number(m[3])
  if (end <= start) return null
  const range: AccountRange = { side: m[1] as AccountKey, start, end }
  if (m[4] !== undefined) range.check = m[4].toLowerCase()
  return range
}

/** Reads one range of a pair; null when it is malformed or empty (end ≤ start). */
export function parseRange(token: string): LinkRange | null {
  return parseWith(PAIR_RANGE, token) as LinkRange | null
}

/** Reads one range of a link of many accounts (`c12-40~k3x9`: the third account). */
export function parseAccountRange(token: string): AccountRange | null {
  return parseWith(ACCOUNT_RANGE, token)
}

/** True when a range can be written: a side among `sides`, whole offsets, 0 ≤ start < end, a
 * well-formed check. */
export function isWritableRange(
  range: AccountRange,
  sides: readonly AccountKey[] = ['a', 'b'],
): boolean {
  return (
    sides.includes(range.side) &&
    Number.isSafeInteger(range.start) &&
    Number.isSafeInteger(range.end) &&
    range.start >= 0 &&
    range.end > range.start &&
    range.end < 1e9 &&
    (range.check === undefined || /^[0-9a-z]{4}$/.test(range.check))
  )
}

/** First normalized offset at or after an offset in the original text. */
export function toNormalizedOffset(norm: NormalizedText, original: number): number {
  const map = norm.toOriginal
  let lo = 0
  let hi = map.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (map[mid]! < original) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * Makes the range a link carries from offsets into the account's text exactly as given (the offsets
 * `Segment`s and selections use): converts them to the normalized text and adds the check.
 * Throws a RangeError when the offsets do not select anything inside the text (a caller's bug).
 */
export function createRange<S extends AccountKey>(
  side: S,
  text: string,
  start: number,
  end: number,
): Omit<LinkRange, 'side'> & { side: S } {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length) {
    throw new RangeError(
      `The selection (characters ${start} to ${end}) is outside the text, which has ${text.length}.`,
    )
  }
  const norm = normalizeText(text)
  const s = toNormalizedOffset(norm, start)
  const e = toNormalizedOffset(norm, end)
  if (e <= s) throw new RangeError(`The selection (characters ${start} to ${end}) holds no text.`)
  return { side, start: s, end: e, check: quoteCheck(norm.text.slice(s, e)) }
}

export type RangeStatus = 'ok' | 'unchecked' | 'check-failed' | 'range-outside'

export interface CheckedRange<R extends AccountRange = LinkRange> {
  range: R
  /** `ok`: fits and the check matches; `unchecked`: fits, but the link carried no check. */
  status: RangeStatus
  /** Where to highlight, as offsets into the text as given; only when the status is ok or unchecked. */
  original?: { start: number; end: number }
}

/**
 * Checks ranges against the accounts' texts (as given; they are normalized here, once per side).
 * Built-in links are decoded without their texts, so the UI calls this once the pair is loaded; pasted
 * links are checked while decoding.
 */
export function checkRanges<R extends AccountRange = LinkRange>(
  ranges: readonly R[],
  texts: { readonly [K in R['side']]?: string },
): CheckedRange<R>[] {
  const normalized: Partial<Record<AccountKey, NormalizedText | null>> = {}
  const textOf = (side: AccountKey) => (texts as Partial<Record<AccountKey, string>>)[side]
  const normalize = (side: AccountKey) => {
    const text = textOf(side)
    return (normalized[side] ??= text === undefined ? null : normalizeText(text))
  }
  return ranges.map((range) => {
    const norm = normalize(range.side)
    // A range in an account the link does not hold points past the end of nothing.
    if (!norm || range.start < 0 || range.end <= range.start || range.end > norm.text.length) {
      return { range, status: 'range-outside' }
    }
    if (
      range.check !== undefined &&
      quoteCheck(norm.text.slice(range.start, range.end)) !== range.check
    ) {
      return { range, status: 'check-failed' }
    }
    const original = { start: norm.toOriginal[range.start]!, end: norm.toOriginal[range.end]! }
    return { range, status: range.check === undefined ? 'unchecked' : 'ok', original }
  })
}
