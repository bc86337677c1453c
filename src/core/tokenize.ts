/**
 * Word tokens with offsets, lower-cased, contractions expanded ("didn't" → did + not, so negation
 * scope sees the "not"), and a `term` for similarity: the Porter stem for Latin-script words,
 * folded through the concept table (Kyiv/Kiev, talked/discussed), or the lower-cased word itself
 * for scripts the stemmer does not cover.
 */
import { stemmer } from 'stemmer'
import concepts from './lexicons/concepts.json'

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

// Dotted abbreviations ("U.S."), words with inner apostrophes ("didn’t"), and numbers ("3.5").
// Hyphens split: "Russian-Ukrainian" is two words, each of which a lexicon can find.
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu
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

/** "United States" becomes one term on its first word; the second word's term is emptied. */
function foldNames(tokens: Token[]): Token[] {
  for (let k = 0; k + 1 < tokens.length; k++) {
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

export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const m of text.matchAll(WORD)) {
    const raw = m[0]
    const start = m.index
    if (UNSPACED.test(raw)) {
      bigrams(raw, start, tokens)
      continue
    }
    const word = raw.toLowerCase().replace(/’/g, "'")
    const capitalized = /^\p{Lu}/u.test(raw)
    const contraction = word.includes("n't")
      ? CONTRACTIONS.find(([re]) => re.test(word))
      : undefined
    if (contraction) {
      const [re, first, second] = contraction
      const head = first || word.replace(re, '$1')
      const split = start + raw.length - 3
      tokens.push({
        word: head,
        stem: stemWord(head),
        term: termOf(head),
        start,
        end: split,
        capitalized,
      })
      tokens.push({
        word: second,
        stem: second,
        term: second,
        start: split,
        end: start + raw.length,
        capitalized: false,
      })
      continue
    }
    // Possessives and clitics carry no meaning of their own here: "Russia's" is "Russia", "I'm" is "I".
    const bare = word.replace(/'(?:s|m|re|ve|d|ll)$/, '')
    tokens.push({
      word: bare,
      stem: stemWord(bare),
      term: termOf(bare),
      start,
      end: start + raw.length,
      capitalized,
    })
  }
  return foldNames(tokens)
}
