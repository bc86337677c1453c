/**
 * Finds lexicon phrases ("root causes", "not back down", "progress") in a token sequence by stem,
 * so "negotiated" finds "negotiations" and a phrase matches however its words are inflected.
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
  /** Lengths of the phrase's words as written, to tell inflections from stem collisions. */
  lengths: number[]
  entry: T
}

/** Porter conflates words that are no inflection of each other ("useful" → "us", "willing" →
 * "will", "ordered" → "order"): a token matches a phrase word only when their lengths are close, as
 * an inflection's are ("agree"/"agreed", "negotiate"/"negotiations"). */
const MIN_LENGTH_RATIO = 0.75
const MAX_LENGTH_RATIO = 1.5

function inflects(token: Token, stem: string, length: number): boolean {
  if (token.stem !== stem) return false
  const ratio = token.word.length / length
  return ratio >= MIN_LENGTH_RATIO && ratio <= MAX_LENGTH_RATIO
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
    list.push({ stems, lengths: tokens.map((t) => t.word.length), entry })
    // Longest first, so "will not back down" wins over "not back down".
    list.sort((x, y) => y.stems.length - x.stems.length)
    this.byFirst.set(first, list)
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
      if (token === undefined || !inflects(token, p.stems[k]!, p.lengths[k]!)) continue outer
    }
    return p
  }
  return undefined
}
