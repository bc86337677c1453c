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
export const PASTED: AccountPair = { ...PAIR, id: 'draft', builtin: undefined }

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

// A manifest and texts in the shape of public/accounts/*, serving the test pair where the built-in pair
// lives (as builtin-comparison-page.test.tsx does).
const MANIFEST = {
  id: 'test-pair',
  revision: 1,
  title: PAIR.title,
  date: PAIR.date,
  focus: PAIR.focus,
  summary: PAIR.summary,
  accounts: [
    { side: 'a', label: PAIR.a.label, file: 'a.txt', speaker: 'Spokesperson', source: 'Test A' },
    { side: 'b', label: PAIR.b.label, file: 'b.txt', speaker: 'Envoy', source: 'Test B' },
  ],
}

export function serveAccounts(url: string): Response {
  if (url.endsWith('/manifest.json')) return Response.json(MANIFEST)
  if (url.endsWith('/a.txt')) return new Response(PAIR.a.text)
  if (url.endsWith('/b.txt')) return new Response(PAIR.b.text)
  return new Response('not found', { status: 404 })
}
