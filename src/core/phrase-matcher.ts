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
  entry: T
}

/** Stems of a lexicon phrase, tokenized exactly as the texts are. */
export function phraseStems(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.stem)
}

export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Phrase<T>[]>()

  add(phrase: string, entry: T): void {
    const stems = phraseStems(phrase)
    const first = stems[0]
    if (!first) return
    const list = this.byFirst.get(first) ?? []
    list.push({ stems, entry })
    // Longest first, so "will not back down" wins over "not back down".
    list.sort((x, y) => y.stems.length - x.stems.length)
    this.byFirst.set(first, list)
  }

  /** Non-overlapping hits, left to right, longest phrase first at each position. */
  match(tokens: readonly Token[]): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = []
    for (let i = 0; i < tokens.length;) {
      const candidates = this.byFirst.get(tokens[i]!.stem)
      const found = candidates?.find((p) => p.stems.every((s, k) => tokens[i + k]?.stem === s))
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
