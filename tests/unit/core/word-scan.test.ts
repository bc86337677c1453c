import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scanWords } from '../../../src/core/word-scan'

/** The pattern the scanner stands in for (tokenize.ts used it before). */
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu

const byPattern = (text: string) => [...text.matchAll(WORD)].map((m) => [m.index, m[0].length])

function byScan(text: string): number[][] {
  const words: number[][] = []
  scanWords(text, (start, end) => words.push([start, end - start]))
  return words
}

// Letters and numbers of several scripts (astral ones too), marks, the joiners and lone surrogates.
const pieces = fc.constantFrom(
  ...['a', 'Z', 'é', 'ß', 'Я', 'ж', 'Ω', '中', 'ก', 'ّ', '́', '٣', '²', 'Ⅻ', '7', '0'],
  ...['𝐀', '𐐀', '𝟘', '😀', '\ud800', '\udc00', '.', "'", '’', '-', ' ', '\n', ',', '"', '·'],
)
const texts = fc.array(pieces, { maxLength: 40 }).map((p) => p.join(''))

describe('scanWords', () => {
  it('finds exactly the words the pattern matches', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(byScan(text)).toEqual(byPattern(text))
      }),
      { numRuns: 5000 },
    )
  })

  it('finds abbreviations, contractions, numbers and names as the pattern does', () => {
    for (const text of [
      'The U.S. didn’t agree; Mr. Smith said 3.5% of $1,000.50 by 12/03.',
      "U.S.A. a.b a. b. rock'n'roll x'.'y e.g. i.e.",
      'Москва, 東京 and Zürich: naïve café.',
      '',
    ]) {
      expect(byScan(text)).toEqual(byPattern(text))
    }
  })
})
