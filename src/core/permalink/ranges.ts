/**
 * Ranges: their one written form (`a1207-1291~k3x9`, shared by both link forms and the file), making one
 * from offsets into the text as given, and checking decoded ranges against the texts.
 */
import { normalizeText, type NormalizedText } from '../normalize'
import type { Side } from '../types'
import { quoteCheck } from './check'
import type { LinkRange } from './types'

// Nine digits are plenty (texts are capped at a few MB) and keep every number a safe integer.
const RANGE = /^([ab])(\d{1,9})-(\d{1,9})(?:~([0-9a-zA-Z]{4}))?$/

export function formatRange(range: LinkRange): string {
  const check = range.check === undefined ? '' : `~${range.check}`
  return `${range.side}${range.start}-${range.end}${check}`
}

/** Reads one range token; null when it is malformed or empty (end ≤ start). */
export function parseRange(token: string): LinkRange | null {
  const m = RANGE.exec(token)
  if (!m) return null
  const start = Number(m[2])
  const end = Number(m[3])
  if (end <= start) return null
  const range: LinkRange = { side: m[1] as Side, start, end }
  if (m[4] !== undefined) range.check = m[4].toLowerCase()
  return range
}

/** True when a range can be written: whole offsets, 0 ≤ start < end, a well-formed check. */
export function isWritableRange(range: LinkRange): boolean {
  return (
    (range.side === 'a' || range.side === 'b') &&
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
export function createRange(side: Side, text: string, start: number, end: number): LinkRange {
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

export interface CheckedRange {
  range: LinkRange
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
export function checkRanges(
  ranges: readonly LinkRange[],
  texts: { a: string; b: string },
): CheckedRange[] {
  const normalized: Partial<Record<Side, NormalizedText>> = {}
  const normalize = (side: Side) => (normalized[side] ??= normalizeText(texts[side]))
  return ranges.map((range) => {
    const norm = normalize(range.side)
    if (range.start < 0 || range.end <= range.start || range.end > norm.text.length) {
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
