/**
 * The words of a text, found by scanning its characters: exactly what tokenize.ts's former pattern
 * matched, `(?:\p{L}\.){2,}` or else `[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*` (flags g and u):
 * dotted abbreviations ("U.S."), words with inner apostrophes or dots ("didn’t", "3.5"). Without a
 * match object per word: every passage of both accounts is scanned, and those objects were a large
 * share of what reading allocated.
 */

/** Letter, number or neither, by code point: a table for the Basic Multilingual Plane, filled as
 * characters are met (Unicode's categories, asked of the engine once per character). */
const NEITHER = 1
const LETTER = 2
const NUMBER = 3
const bmp = new Uint8Array(0x10000)
const astral = new Map<number, number>()
const IS_LETTER = /^\p{L}$/u
const IS_NUMBER = /^\p{N}$/u

function classify(code: number): number {
  const ch = String.fromCodePoint(code)
  return IS_LETTER.test(ch) ? LETTER : IS_NUMBER.test(ch) ? NUMBER : NEITHER
}

function classOf(code: number): number {
  if (code < 0) return NEITHER
  if (code < 0x10000) {
    let c = bmp[code]!
    if (c === 0) c = bmp[code] = classify(code)
    return c
  }
  let c = astral.get(code)
  if (c === undefined) astral.set(code, (c = classify(code)))
  return c
}

const isLetter = (code: number) => classOf(code) === LETTER
const isWordChar = (code: number) => classOf(code) !== NEITHER

const DOT = 0x2e
const APOSTROPHE = 0x27
const RIGHT_QUOTE = 0x2019

/** Code point at `at` (-1 past the end, which is neither letter nor number). */
const codeAt = (text: string, at: number) => (at < text.length ? text.codePointAt(at)! : -1)
const width = (code: number) => (code > 0xffff ? 2 : 1)

/** Calls `found(start, end)` for each word of the text, in order. */
export function scanWords(text: string, found: (start: number, end: number) => void): void {
  let at = 0
  while (at < text.length) {
    const code = text.codePointAt(at)!
    if (!isWordChar(code)) {
      at += width(code)
      continue
    }
    const end = abbreviationEnd(text, at) ?? wordEnd(text, at)
    found(at, end)
    at = end
  }
}

/** The end of "U.S." and the like (two or more letters each followed by a dot), or null. */
function abbreviationEnd(text: string, start: number): number | null {
  let at = start
  let letters = 0
  for (;;) {
    const code = codeAt(text, at)
    if (!isLetter(code) || text.charCodeAt(at + width(code)) !== DOT) break
    at += width(code) + 1
    letters++
  }
  return letters >= 2 ? at : null
}

/** The end of a run of letters and numbers, joined through an apostrophe or dot to further runs. */
function wordEnd(text: string, start: number): number {
  let at = runEnd(text, start)
  for (;;) {
    const mark = text.charCodeAt(at)
    if (mark !== APOSTROPHE && mark !== RIGHT_QUOTE && mark !== DOT) return at
    if (!isWordChar(codeAt(text, at + 1))) return at
    at = runEnd(text, at + 1)
  }
}

function runEnd(text: string, start: number): number {
  let at = start
  for (let code = codeAt(text, at); isWordChar(code); code = codeAt(text, at)) at += width(code)
  return at
}
