// @vitest-environment node
/** The caps: a deflate bomb stops at MAX_INFLATED_BYTES, an oversized link is refused before any work. */
import { deflateRawSync } from 'node:zlib'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { encodeBase64url } from '../../../src/core/permalink/base64url'
import { inflateRawCapped } from '../../../src/core/permalink/deflate'
import {
  decodeLink,
  MAX_INFLATED_BYTES,
  MAX_LINK_LENGTH,
  fromComparisonFile,
  MAX_FILE_LENGTH,
} from '../../../src/core/permalink'

const MB = 1024 * 1024

/** A valid p1 payload that inflates to 50 MB: a JSON text of one repeated letter. */
function bomb(): Uint8Array {
  const json = Buffer.alloc(50 * MB, 'a')
  json.write('{"a":{"l":"","t":"')
  return deflateRawSync(json, { level: 9 })
}

describe('inflate cap', () => {
  it('a 50 MB bomb is refused as too large, quickly', async () => {
    const compressed = bomb()
    const link = `#p1.${encodeBase64url(compressed)}.e`
    expect(link.length).toBeLessThan(100_000)
    const started = performance.now()
    const result = await decodeLink(link)
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } })
    expect(performance.now() - started).toBeLessThan(5_000)
  })

  it('stops inflating just past the cap instead of buffering the rest', async () => {
    const result = await inflateRawCapped(bomb(), MAX_INFLATED_BYTES)
    expect(result.ok).toBe(false)
    if (result.ok || result.reason !== 'too-large') throw new Error('expected too-large')
    // One output chunk past the cap at most (Node's are 16 KB; the design bound is ~1 MB per input piece).
    expect(result.inflated).toBeGreaterThan(MAX_INFLATED_BYTES)
    expect(result.inflated - MAX_INFLATED_BYTES).toBeLessThan(MB)
  })

  it('inflates data just under the cap', async () => {
    const data = Buffer.alloc(MAX_INFLATED_BYTES - 10, 'b')
    const result = await inflateRawCapped(deflateRawSync(data), MAX_INFLATED_BYTES)
    expect(result.ok && result.bytes.length).toBe(data.length)
  })

  it('reports damaged or empty compressed data as corrupt', async () => {
    const good = deflateRawSync(Buffer.from('hello hello hello'))
    expect(await inflateRawCapped(good.subarray(0, 4), MB)).toEqual({
      ok: false,
      reason: 'corrupt',
    })
    expect(await inflateRawCapped(new Uint8Array(0), MB)).toEqual({ ok: false, reason: 'corrupt' })
    expect(await inflateRawCapped(new Uint8Array([0xff, 0xff, 0xff]), MB)).toEqual({
      ok: false,
      reason: 'corrupt',
    })
  })
})

describe('input caps', () => {
  it('a link longer than MAX_LINK_LENGTH is refused before it is read', async () => {
    const started = performance.now()
    const result = await decodeLink(`#p1.${'A'.repeat(MAX_LINK_LENGTH)}.e`)
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } })
    expect(performance.now() - started).toBeLessThan(1_000)
  })

  it('a comparison file longer than MAX_FILE_LENGTH is refused', () => {
    const result = fromComparisonFile(' '.repeat(MAX_FILE_LENGTH + 1))
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } })
  })
})

describe('without CompressionStream', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('pasted links report "unsupported" and built-in links still open', async () => {
    vi.stubGlobal('DecompressionStream', undefined)
    const pasted = await decodeLink('#p1.q1YqVrJSSlTSUUpRslLKTM9ILUpVqgUA.e')
    expect(pasted).toMatchObject({ ok: false, error: { code: 'unsupported' } })
    expect(await decodeLink('#b1.x@1.a0-4.e')).toMatchObject({ ok: true })
  })
})
