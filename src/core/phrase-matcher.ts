/**
 * Finds lexicon phrases ("root causes", "not back down", "progress") in a token sequence, each word
 * in any of its forms ("agreed", "agreeing"), never as another word that shares its stem: Porter
 * stems "important" like "imports", "responsibility" like "responsible", "using" like "useful". A
 * lexicon that means a derivation too lists it ("negotiation", "negotiations", "negotiate").
 */
import { tokenize, type Token } from './tokenize'

export interface PhraseHit<T> {
  /** Index of the first and one past the last token matched. */
  from: number
  to: number
  entry: T
}

interface Phrase<T> {
  stems: string[]
  /** The phrase's words without their inflectional endings (`inflectionBase`). */
  bases: string[]
  /** Lengths of the phrase's words as written. */
  lengths: number[]
  entry: T
}

/** A form is about as long as its word: "willing" is no form of "will", though both lose to the
 * same ending ("agree"/"agreed", "negotiate"/"negotiating" are). */
const MIN_LENGTH_RATIO = 0.75
const MAX_LENGTH_RATIO = 1.5

function isFormOf(token: Token, p: Phrase<unknown>, k: number): boolean {
  if (token.stem !== p.stems[k]) return false
  const ratio = token.word.length / p.lengths[k]!
  if (ratio < MIN_LENGTH_RATIO || ratio > MAX_LENGTH_RATIO) return false
  return inflectionBase(token.word) === p.bases[k]
}

/**
 * A word without its inflectional ending: plural, possessive, past, -ing ("tariffs" → "tarif",
 * "trading" → "trad", "economies" → "economy", "agreed" → "agr"). Two words with the same base are
 * forms of one word.
 */
export function inflectionBase(word: string): string {
  let base = bases.get(word)
  if (base === undefined) {
    base = readBase(word)
    if (bases.size < MAX_BASES) bases.set(word, base)
  }
  return base
}

/** Each spelling's base, worked out once: every candidate match asks for it. Bounded like the
 * tokenizer's caches. */
const bases = new Map<string, string>()
const MAX_BASES = 200_000

function readBase(word: string): string {
  let w = word.replace(/'s$/, '')
  if (w.length > 4 && /ie[sd]$/.test(w)) w = `${w.slice(0, -3)}y`
  else if (w.length > 4 && w.endsWith('ing')) w = w.slice(0, -3)
  else if (w.length > 3 && (w.endsWith('ed') || w.endsWith('es'))) w = w.slice(0, -2)
  else if (w.length > 3 && /[^siu]s$/.test(w)) w = w.slice(0, -1)
  w = w.replace(/e+$/, '')
  // "stopped" → "stopp" → "stop"
  if (/([b-df-hj-np-tv-z])\1$/.test(w)) w = w.slice(0, -1)
  return w
}

const stemsOfPhrase = new Map<string, string[]>()
const MAX_PHRASES = 50_000

/** Stems of a lexicon phrase, tokenized exactly as the texts are. Kept per phrase: clash rules ask
 * for the stems of the same cues pair after pair. */
export function phraseStems(phrase: string): readonly string[] {
  let stems = stemsOfPhrase.get(phrase)
  if (!stems) {
    stems = tokenize(phrase).map((t) => t.stem)
    if (stemsOfPhrase.size < MAX_PHRASES) stemsOfPhrase.set(phrase, stems)
  }
  return stems
}

export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Phrase<T>[]>()

  add(phrase: string, entry: T): void {
    const tokens = tokenize(phrase)
    const stems = tokens.map((t) => t.stem)
    const first = stems[0]
    if (!first) return
    const list = this.byFirst.get(first) ?? []
    list.push({
      stems,
      bases: tokens.map((t) => inflectionBase(t.word)),
      lengths: tokens.map((t) => t.word.length),
      entry,
    })
    // Longest first, so "will not back down" wins over "not back down".
    list.sort((x, y) => y.stems.length - x.stems.length)
    this.byFirst.set(first, list)
  }

  /** Whether any phrase occurs in the tokens: `match(tokens).length > 0`, without listing the hits
   * (the scan checks every position up to the first hit, so it finds one wherever `match` would). */
  occursIn(tokens: readonly Token[]): boolean {
    for (let i = 0; i < tokens.length; i++) {
      const candidates = this.byFirst.get(tokens[i]!.stem)
      if (candidates && firstAt(candidates, tokens, i)) return true
    }
    return false
  }

  /** Non-overlapping hits, left to right, longest phrase first at each position. */
  match(tokens: readonly Token[]): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = []
    for (let i = 0; i < tokens.length;) {
      const candidates = this.byFirst.get(tokens[i]!.stem)
      const found = candidates && firstAt(candidates, tokens, i)
      if (found) {
        hits.push({ from: i, to: i + found.stems.length, entry: found.entry })
        i += found.stems.length
      } else {
        i++
      }
    }
    return hits
  }
}

/** The first of the phrases (longest first) that the tokens from `at` on spell; a plain loop, as
 * every passage is matched against several lexicons token by token. */
function firstAt<T>(phrases: readonly Phrase<T>[], tokens: readonly Token[], at: number) {
  outer: for (const p of phrases) {
    for (let k = 0; k < p.stems.length; k++) {
      const token = tokens[at + k]
      if (token === undefined || !isFormOf(token, p, k)) continue outer
    }
    return p
  }
  return undefined
}
