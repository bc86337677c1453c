// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fnv1a32, quoteCheck } from '../../../src/core/permalink/check'
import { anyText, RUNS, TIMEOUT } from './arbitraries'

/** The textbook definition, over TextEncoder's bytes. */
function reference(text: string): number {
  let h = 0x811c9dc5
  for (const byte of new TextEncoder().encode(text)) h = Math.imul(h ^ byte, 0x01000193)
  return h >>> 0
}

describe('quote check', { timeout: TIMEOUT }, () => {
  it('is FNV-1a 32 (published test vectors)', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5)
    expect(fnv1a32('a')).toBe(0xe40c292c)
    expect(fnv1a32('foobar')).toBe(0xbf9cf968)
  })

  it('hashes the UTF-8 bytes of any text, lone surrogates as U+FFFD', () => {
    fc.assert(
      fc.property(anyText(60), (text) => {
        expect(fnv1a32(text)).toBe(reference(text))
      }),
      { numRuns: RUNS },
    )
  })

  it('is four base36 characters', () => {
    expect(quoteCheck('a')).toBe('wi7g')
    expect(quoteCheck('')).toBe('ntfp')
    fc.assert(
      fc.property(anyText(), (text) => {
        expect(quoteCheck(text)).toMatch(/^[0-9a-z]{4}$/)
      }),
      { numRuns: RUNS },
    )
  })
})
