import type { AccountPair } from '../../src/data/pair'
import { PAIR } from './fixtures'

/** Letters and spaces from a seeded generator: text that compresses like prose does not, for long links. */
export function noiseText(length: number, seed: number): string {
  let state = seed
  let out = ''
  while (out.length < length) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    const n = state >>> 16
    out += n % 6 === 0 ? ' ' : String.fromCharCode(97 + (n % 26))
  }
  return out
}

/** The fixture pair as the reader's own (not built-in): its links carry both texts. */
export const PASTED: AccountPair = { ...PAIR, id: 'draft' }

/** A pasted pair whose link is about `chars` characters of noise per side, for the length warnings. */
export function pastedPairOf(chars: number): AccountPair {
  return {
    ...PASTED,
    a: { ...PAIR.a, text: noiseText(chars, 1) },
    b: { ...PAIR.b, text: noiseText(chars, 2) },
  }
}

/** Where a phrase lies in one of the fixture pair's texts. */
export function spanOf(pair: AccountPair, side: 'a' | 'b', phrase: string) {
  const start = pair[side].text.indexOf(phrase)
  if (start < 0) throw new Error(`not in the fixture: ${phrase}`)
  return { side, start, end: start + phrase.length }
}
