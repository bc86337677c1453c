/**
 * Word tokens with offsets, lower-cased, contractions expanded ("didn't" → did + not, so negation
 * scope sees the "not"), and a `term` for similarity: the Porter stem for Latin-script words,
 * folded through the concept table (Kyiv/Kiev, talked/discussed), or the lower-cased word itself
 * for scripts the stemmer does not cover.
 */
import { stemmer } from 'stemmer'
import concepts from './lexicons/concepts.json'
import { scanWords } from './word-scan'

export interface Token {
  /** Lower-cased surface form, apostrophes folded to ASCII. */
  word: string
  /** Porter stem (Latin script) or the word itself: what lexicons match against. */
  stem: string
  /** Similarity term: the stem folded through the concept table. */
  term: string
  /** Offsets relative to the string that was tokenized. */
  start: number
  end: number
  /** True for the first letter upper-case (names, sentence starts). */
  capitalized: boolean
}

// Words are found by word-scan.ts: dotted abbreviations ("U.S."), words with inner apostrophes
// ("didn’t"), and numbers ("3.5"). Hyphens split: "Russian-Ukrainian" is two words, each of which a
// lexicon can find.
const LATIN = /^[\p{Script=Latin}\p{N}'.-]+$/u

// Readouts repeat their vocabulary; stemming each distinct word once saves most of the work.
const stemCache = new Map<string, string>()

const CONTRACTIONS: [RegExp, string, string][] = [
  [/^(won)'t$/, 'will', 'not'],
  [/^(can)'t$/, 'can', 'not'],
  [/^(shan)'t$/, 'shall', 'not'],
  [/^(.+)n't$/, '', 'not'],
]

const conceptOf = new Map<string, string>()
for (const [id, words] of Object.entries(concepts.concepts)) {
  for (const w of words) {
    conceptOf.set(w, id)
    conceptOf.set(stemWord(w), id)
  }
}

/** Scripts written without spaces between words: compared by overlapping character pairs. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u
/** Where no stemmer applies, the first letters of a word stand in for its stem ("переговоров" and
 * "переговоры" meet at "перег"): crude, language-blind, and far better than exact words. */
const PREFIX_STEM = 5

/** Porter stem for Latin-script words; a short prefix for other alphabets. */
export function stemWord(word: string): string {
  let stem = stemCache.get(word)
  if (stem === undefined) {
    if (/\d/.test(word)) stem = word
    else if (LATIN.test(word)) stem = stemmer(word)
    else stem = word.slice(0, PREFIX_STEM)
    if (stemCache.size < 200_000) stemCache.set(word, stem)
  }
  return stem
}

/** The similarity term of a lower-cased word. */
export function termOf(word: string): string {
  return conceptOf.get(word) ?? conceptOf.get(stemWord(word)) ?? stemWord(word)
}

const twoWordNames = new Map(Object.entries(concepts.names))
/** First words of the two-word names: most words start none, and need no key built to say so. */
const nameStarts = new Set([...twoWordNames.keys()].map((name) => name.split(' ')[0]!))

/** "United States" becomes one term on its first word; the second word's term is emptied. */
function foldNames(tokens: Token[]): Token[] {
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (!nameStarts.has(tokens[k]!.word)) continue
    const name = twoWordNames.get(`${tokens[k]!.word} ${tokens[k + 1]!.word}`)
    if (!name) continue
    tokens[k]!.term = name
    tokens[k + 1]!.term = ''
    k++
  }
  return tokens
}

/** Character bigrams of a run in a script written without spaces, as tokens. */
function bigrams(raw: string, start: number, tokens: Token[]): void {
  const chars = [...raw]
  let offset = start
  chars.forEach((ch, k) => {
    const pair = k + 1 < chars.length ? ch + chars[k + 1] : chars.length === 1 ? ch : ''
    if (pair) {
      tokens.push({
        word: pair,
        stem: pair,
        term: pair,
        start: offset,
        end: offset + pair.length,
        capitalized: false,
      })
    }
    offset += ch.length
  })
}

/** What a matched word reads as wherever it stands: its token (or, for a contraction, the head and
 * "not" split `tail` characters from its end), or null for a run in a script written without spaces. */
interface Reading {
  word: string
  stem: string
  term: string
  capitalized: boolean
  /** For a contraction ("didn't"): the second word and the length of its part of the match. */
  second: string | null
}

/** Texts repeat their words: each distinct spelling is read once (case, apostrophes, contraction,
 * clitic, stem, concept), and every later occurrence costs one lookup. Bounded like the stem cache. */
const readings = new Map<string, Reading | null>()
const MAX_READINGS = 200_000
/** The part of a contraction's match that becomes "not": "n't". */
const NOT_LENGTH = 3

function readWord(raw: string): Reading | null {
  if (UNSPACED.test(raw)) return null
  const word = raw.toLowerCase().replace(/’/g, "'")
  const capitalized = /^\p{Lu}/u.test(raw)
  const contraction = word.includes("n't") ? CONTRACTIONS.find(([re]) => re.test(word)) : undefined
  if (contraction) {
    const [re, first, second] = contraction
    const head = first || word.replace(re, '$1')
    return { word: head, stem: stemWord(head), term: termOf(head), capitalized, second }
  }
  // Possessives and clitics carry no meaning of their own here: "Russia's" is "Russia", "I'm" is "I".
  const bare = word.replace(/'(?:s|m|re|ve|d|ll)$/, '')
  return { word: bare, stem: stemWord(bare), term: termOf(bare), capitalized, second: null }
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  scanWords(text, (start, end) => readAt(text, start, end, tokens))
  return foldNames(tokens)
}

/** The words last read, in a small table by a hash of their characters: a word met again (most
 * are) is found by comparing it in place, without cutting it out of the text or looking it up in
 * `readings`. */
const SLOTS = 1 << 12
const slotWord: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined)
const slotReading: (Reading | null)[] = new Array<Reading | null>(SLOTS).fill(null)

/** Appends the tokens of the word at text[start, end). */
function readAt(text: string, start: number, end: number, tokens: Token[]): void {
  let h = end - start
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193)
  const slot = h >>> 20
  const known = slotWord[slot]
  if (known !== undefined && known.length === end - start && text.startsWith(known, start)) {
    read(known, slotReading[slot] ?? null, start, tokens)
    return
  }
  const raw = text.slice(start, end)
  let reading = readings.get(raw)
  if (reading === undefined) {
    reading = readWord(raw)
    if (readings.size < MAX_READINGS) readings.set(raw, reading)
  }
  slotWord[slot] = raw
  slotReading[slot] = reading
  read(raw, reading, start, tokens)
}

/** Appends the tokens of one word, `raw`, found at `start`, read as `reading`. */
function read(raw: string, reading: Reading | null, start: number, tokens: Token[]): void {
  if (reading === null) {
    bigrams(raw, start, tokens)
    return
  }
  const { word, stem, term, capitalized, second } = reading
  const end = start + raw.length
  if (second === null) {
    tokens.push({ word, stem, term, start, end, capitalized })
    return
  }
  const split = end - NOT_LENGTH
  tokens.push({ word, stem, term, start, end: split, capitalized })
  tokens.push({
    word: second,
    stem: second,
    term: second,
    start: split,
    end,
    capitalized: false,
  })
}
