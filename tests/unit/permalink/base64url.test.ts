// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeBase64url, encodeBase64url } from '../../../src/core/permalink/base64url'
import { RUNS, TIMEOUT } from './arbitraries'

describe('base64url', { timeout: TIMEOUT }, () => {
  it('matches Node’s base64url and round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = encodeBase64url(bytes)
        expect(text).toBe(Buffer.from(bytes).toString('base64url'))
        expect(decodeBase64url(text)).toEqual(bytes)
      }),
      { numRuns: RUNS },
    )
  })

  it('also reads standard base64 with padding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        expect(decodeBase64url(Buffer.from(bytes).toString('base64'))).toEqual(bytes)
      }),
      { numRuns: RUNS },
    )
  })

  it('rejects foreign characters and impossible lengths', () => {
    expect(decodeBase64url('ab.c')).toBeNull()
    expect(decodeBase64url('abcde')).toBeNull()
    expect(decodeBase64url('ab€c')).toBeNull()
    expect(decodeBase64url('')).toEqual(new Uint8Array(0))
  })
})
