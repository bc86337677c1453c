// @vitest-environment node
/** The short built-in form, `#b1.<pair>@<rev>.<ranges>.[f<focus>].e`, and what it does with damage. */
import { describe, expect, it } from 'vitest'
import {
  decodeLink,
  encodeLink,
  type BuiltinLinkState,
  type LinkCorrections,
} from '../../../src/core/permalink'

const PAIR = '2025-07-03-putin-trump'
const known = { knownPairs: [`${PAIR}@1`] }
const state: BuiltinLinkState = {
  kind: 'builtin',
  pair: PAIR,
  revision: 1,
  ranges: [
    { side: 'a', start: 1207, end: 1291, check: 'k3x9' },
    { side: 'b', start: 80, end: 142, check: '0a0z' },
  ],
  focus: 'ukraine',
}
const LINK = `#b1.${PAIR}@1.a1207-1291~k3x9.b80-142~0a0z.fukraine.e`

describe('b1 links', () => {
  it('write the pair, ranges and focus readably', async () => {
    expect(await encodeLink(state)).toBe(LINK)
    expect(await decodeLink(LINK, known)).toEqual({ ok: true, value: state, warnings: [] })
  })

  it('go to the compressed form for keywords, which may hold any character', async () => {
    const link = await encodeLink({ ...state, focus: 'custom', keywords: ['grain deal'] })
    expect(link).toMatch(/^#p1\.[\w-]+\.e$/)
    expect(await decodeLink(link, known)).toMatchObject({
      ok: true,
      value: { pair: PAIR, keywords: ['grain deal'] },
    })
  })

  it('refuse to encode a pair id that cannot be written', async () => {
    await expect(encodeLink({ ...state, pair: 'has.dot' })).rejects.toThrow(RangeError)
    await expect(
      encodeLink({ ...state, ranges: [{ side: 'a', start: 5, end: 5 }] }),
    ).rejects.toThrow(RangeError)
  })

  it('ignore what follows the terminator and a text directive', async () => {
    for (const input of [
      `${LINK}).`,
      `${LINK}:~:text=Kremlin`,
      `https://parallax.example/${LINK}&data=05%7C01`,
    ]) {
      expect(await decodeLink(input, known)).toMatchObject({ ok: true, value: state })
    }
  })
})

describe('damaged b1 links', () => {
  it('a cut-off link recovers its pair and the ranges that are whole', async () => {
    const cut = LINK.slice(0, LINK.indexOf('.b80') + 6) // …a1207-1291~k3x9.b80-1
    const result = await decodeLink(cut, known)
    expect(result).toMatchObject({ ok: false, error: { code: 'truncated' } })
    expect(!result.ok && result.recovered).toEqual({
      ...state,
      ranges: [state.ranges[0]],
      focus: undefined,
    })
    expect(!result.ok && result.error.message).toMatch(/cut off/)
  })

  it('a range ending in its full check survives a cut right after it', async () => {
    const cut = LINK.slice(0, LINK.indexOf('.fukraine'))
    const result = await decodeLink(cut, known)
    expect(!result.ok && result.recovered?.ranges).toEqual(state.ranges)
  })

  it('a link cut inside the pair id recovers nothing', async () => {
    expect(await decodeLink(`#b1.${PAIR.slice(0, 8)}`, known)).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'truncated' }),
      warnings: [],
    })
  })

  it('a damaged range is left out with a warning; the rest opens', async () => {
    const result = await decodeLink(LINK.replace('a1207-1291', 'a12x7-1291'), known)
    expect(result).toMatchObject({ ok: true, value: { ranges: [state.ranges[1]] } })
    expect(result.warnings.map((w) => w.code)).toEqual(['bad-range'])
  })

  it('many damaged ranges are told in one warning that counts them, not one warning each', async () => {
    const result = await decodeLink(`#b1.${PAIR}@1.${'a.'.repeat(10_000)}x1.x2.e`, known)
    expect(result).toMatchObject({ ok: true, value: { pair: PAIR, ranges: [] } })
    expect(result.warnings.map((w) => w.message)).toEqual([
      '10,000 highlighted passages in this link are damaged and were left out.',
      'Part of this link was not understood and was ignored.',
    ])
    // Cut off, the same.
    const cut = await decodeLink(`#b1.${PAIR}@1.${'a.'.repeat(10_000)}`, known)
    expect(cut.warnings).toHaveLength(1)
  })

  it('unknown parts are ignored with a warning (a later version may add some)', async () => {
    const result = await decodeLink(LINK.replace('.e', '.x42.e'), known)
    expect(result).toMatchObject({ ok: true, value: state })
    expect(result.warnings.map((w) => w.code)).toEqual(['ignored-part'])
  })

  it('an unknown pair is an error; another revision of a known pair is recovered', async () => {
    expect(await decodeLink('#b1.some-other-pair@1.a1-5.e', known)).toMatchObject({
      ok: false,
      error: { code: 'unknown-pair' },
    })
    const result = await decodeLink(LINK.replace('@1', '@3'), known)
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-pair' }, recovered: state })
    expect(!result.ok && result.error.message).toMatch(/revision 3.*revision 1/)
  })

  it('a newer version or another app’s fragment is named as such', async () => {
    expect(await decodeLink('#b3.x@1.e')).toMatchObject({
      ok: false,
      error: { code: 'unknown-version' },
    })
    expect(await decodeLink('#/new')).toMatchObject({ ok: false, error: { code: 'not-a-link' } })
    expect(await decodeLink('')).toMatchObject({ ok: false, error: { code: 'not-a-link' } })
    expect(await decodeLink('#b1.@1.a1-2.e')).toMatchObject({
      ok: false,
      error: { code: 'corrupt' },
    })
  })
})

describe('b2 links: b1 with the reader’s alignment corrections', () => {
  const corrections = { link: [{ a: 1207, b: 80 }], unlink: [{ a: 0, b: 337 }] } as LinkCorrections
  const corrected: BuiltinLinkState = { ...state, corrections }
  const LINK2 = `#b2.${PAIR}@1.a1207-1291~k3x9.b80-142~0a0z.l1207-80.u0-337.fukraine.e`

  it('are written only when there are corrections, and read back whole', async () => {
    expect(await encodeLink(corrected)).toBe(LINK2)
    expect(await encodeLink({ ...state, corrections: { link: [], unlink: [] } })).toBe(LINK)
    expect(await decodeLink(LINK2, known)).toEqual({ ok: true, value: corrected, warnings: [] })
  })

  it('are refused by the b1 reader’s rules: corrections in a b1 link are ignored with a warning', async () => {
    const b1WithCorrections = LINK2.replace('#b2.', '#b1.')
    const result = await decodeLink(b1WithCorrections, known)
    expect(result).toMatchObject({ ok: true, value: state })
    expect(result.warnings.map((w) => w.code)).toEqual(['ignored-part'])
  })

  it('drop a damaged correction with a warning and keep the rest', async () => {
    const result = await decodeLink(LINK2.replace('.u0-337.', '.u0-x37.'), known)
    expect(result).toMatchObject({
      ok: true,
      value: { corrections: { link: corrections.link, unlink: [] } },
    })
    expect(result.warnings.map((w) => w.code)).toEqual(['ignored-part'])
  })

  it('do not trust a correction the cut went through', async () => {
    const cut = LINK2.slice(0, LINK2.indexOf('.u0-337') + 5) // "…l1207-80.u0-3"
    const result = await decodeLink(cut, known)
    expect(result).toMatchObject({ ok: false, error: { code: 'truncated' } })
    expect(!result.ok && result.recovered?.corrections).toEqual({
      link: corrections.link,
      unlink: [],
    })
  })
})
