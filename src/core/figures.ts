/**
 * Figures a passage states: a number with what it counts ("30 days", "$800 million", "57¢ per
 * subscriber") and, when the clause says, what it measures ("cost", "lasted"). Dates and years are
 * no figures: two accounts giving different dates for different things do not disagree.
 */
import concepts from './lexicons/concepts.json'
import claimsData from './lexicons/claims.json'
import { STOPWORDS } from './lexicons'
import { stemWord, type Token } from './tokenize'

export interface Figure {
  /** The figure as written, e.g. "$800 million". */
  text: string
  /** Its value, multipliers applied ("800 million" → 8e8). */
  value: number
  /** What it counts: a currency ("usd", "cent"), "percent", or the word after it ("days"). */
  unit: string
  /** What it measures, from the measure words in its clause ("cost"), or null. */
  measure: string | null
  /** Offsets relative to the passage. */
  start: number
  end: number
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
}
const MULTIPLIERS: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  hundred: 100,
}
const MONTHS = new Set(concepts.not_parties)
const MEASURES = new Set(claimsData.measures.map(stemWord))
const CURRENCY_BEFORE: Record<string, string> = { $: 'usd', '€': 'eur', '£': 'gbp', '¥': 'yen' }
const CURRENCY_AFTER: Record<string, string> = { '¢': 'cent', '%': 'percent' }

const [DIGIT_0, DIGIT_9] = ['0'.charCodeAt(0), '9'.charCodeAt(0)]

/** Each spelling's number, worked out once: looking words up in NUMBER_WORDS by key was slow, and
 * every token is asked. Bounded like the tokenizer's caches. */
const numbers = new Map<string, number | null>()
const MAX_NUMBERS = 200_000

function numberOf(word: string): number | null {
  let value = numbers.get(word)
  if (value === undefined) {
    value = readNumber(word)
    if (numbers.size < MAX_NUMBERS) numbers.set(word, value)
  }
  return value
}

function readNumber(word: string): number | null {
  // A word that does not start with a digit skips the pattern.
  const first = word.charCodeAt(0)
  const digit = first >= DIGIT_0 && first <= DIGIT_9
  if (digit && /^\d[\d,]*(?:\.\d+)?$/.test(word)) return Number(word.replace(/,/g, ''))
  return NUMBER_WORDS[word] ?? null
}

const isYear = (word: string, value: number) =>
  /^\d{4}$/.test(word) && value >= 1800 && value <= 2100

export function readFigures(tokens: readonly Token[], text: string): Figure[] {
  const figures: Figure[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    let value = numberOf(t.word)
    if (value === null || isYear(t.word, value)) continue
    const before = tokens[i - 1]
    if (before && MONTHS.has(before.word)) continue
    let k = i + 1
    const multiplier = tokens[k] && MULTIPLIERS[tokens[k]!.word]
    if (multiplier && /\d/.test(t.word)) {
      value *= multiplier
      k++
    }
    const last = tokens[k - 1]!
    const sign = text.slice(Math.max(0, t.start - 1), t.start)
    const after = text.slice(last.end, last.end + 1)
    const next = tokens[k]
    const symbol = CURRENCY_BEFORE[sign] ?? CURRENCY_AFTER[after]
    const counted =
      !symbol && next && !STOPWORDS.has(next.word) && !MONTHS.has(next.word) ? next : null
    const unit = symbol ?? counted?.stem ?? ''
    // "250 years ago" is a date, not a figure.
    if (!unit || tokens[k + 1]?.word === 'ago') continue
    const end = counted ? counted.end : last.end + (CURRENCY_AFTER[after] ? 1 : 0)
    figures.push({
      text: text.slice(CURRENCY_BEFORE[sign] ? t.start - 1 : t.start, end),
      value,
      unit,
      measure: measureNear(tokens, text, i),
      start: t.start,
      end,
    })
    i = k - 1
  }
  return figures
}

/** Whether nothing between two offsets of the text ends a clause. */
function inClause(text: string, from: number, to: number): boolean {
  return !/[;:()—–]|,\s/.test(text.slice(from, to))
}

/** The measure word `k` is, when it stands in the figure's clause, else null. */
function measureAt(tokens: readonly Token[], text: string, at: number, k: number): string | null {
  const t = tokens[k]
  // The lexicon is asked first: it turns most words away without slicing the text.
  if (!t || !MEASURES.has(t.stem)) return null
  const [from, to] = k < at ? [t.end, tokens[at]!.start] : [tokens[at]!.end, t.start]
  return inClause(text, from, to) ? t.stem : null
}

/** The measure word nearest the figure within its clause ("would cost more than $800 million"),
 * the word before it first at each distance. */
function measureNear(tokens: readonly Token[], text: string, at: number): string | null {
  for (let d = 1; d <= 6; d++) {
    const measure = measureAt(tokens, text, at, at - d) ?? measureAt(tokens, text, at, at + d)
    if (measure !== null) return measure
  }
  return null
}

/** A figure someone could dispute: written in digits ("$800 million", "30 days") or said to measure
 * something ("would cost eight hundred"). A count spelled out is a small count of things ("the two
 * sides", "met for five days", "two sponsorship deals"): news style writes one to nine in words and
 * what it reports as a figure in digits. */
export const isStatedQuantity = (f: Figure) => /\d/.test(f.text) || f.measure !== null
