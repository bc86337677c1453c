// @vitest-environment node
/** The compressed form, `#p1.<base64url(deflate-raw(JSON))>.e`. */
import { deflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { encodeBase64url } from '../../../src/core/permalink/base64url'
import {
  createRange,
  decodeLink,
  encodeLink,
  toLinkCorrections,
  toReaderCorrections,
  type LinkCorrections,
  type PastedLinkState,
  type ReaderCorrections,
} from '../../../src/core/permalink'

const a = { label: 'Кремль', text: 'Путин и Трамп говорили час. 🇷🇺🤝🇺🇸 Прогресса нет.' }
const b = {
  label: 'White House',
  text: 'A very good call.\r\nWe made no progress.',
  source: 'https://example.gov/x',
  date: '2025-07-03',
}
const state: PastedLinkState = {
  kind: 'pasted',
  a,
  b,
  ranges: [createRange('a', a.text, 0, 27), createRange('b', b.text, 19, b.text.length)],
  focus: 'ukraine',
}

/** A link around a hand-written payload. */
const linkFor = (json: unknown) =>
  `#p1.${encodeBase64url(deflateRawSync(Buffer.from(JSON.stringify(json))))}.e`

describe('p1 links', () => {
  it('carry both texts, labels, sources, dates, ranges and focus', async () => {
    const link = await encodeLink(state)
    expect(link).toMatch(/^#p1\.[A-Za-z0-9_-]+\.e$/)
    expect(await decodeLink(link)).toEqual({ ok: true, value: state, warnings: [] })
  })

  it('survive a mail client: line breaks, standard base64, padding, percent-encoding', async () => {
    const link = await encodeLink(state)
    const body = link.slice(4, -2)
    const std = Buffer.from(body, 'base64url').toString('base64')
    const mangled = encodeURIComponent(
      `https://parallax.example/#p1.${std.slice(0, 30)}\n${std.slice(30)}.e`,
    )
    expect(await decodeLink(mangled)).toEqual({ ok: true, value: state, warnings: [] })
  })

  it('survive Outlook Safe Links, which wraps the whole URL into its query', async () => {
    const link = await encodeLink(state)
    const wrapped =
      'https://eur01.safelinks.protection.outlook.com/?url=' +
      encodeURIComponent(`https://parallax.example/${link}`) +
      '&data=05%7C02%7C%7Cabc%7C0%7C0&sdata=xyz%3D&reserved=0'
    expect(await decodeLink(wrapped)).toEqual({ ok: true, value: state, warnings: [] })
  })

  it('ignore unknown fields, so a later version can add some', async () => {
    const result = await decodeLink(
      linkFor({ a: { l: 'A', t: 'x', zz: 1 }, b: { t: 'y' }, m: [['a0', 'b0']] }),
    )
    expect(result).toEqual({
      ok: true,
      value: {
        kind: 'pasted',
        a: { label: 'A', text: 'x' },
        b: { label: '', text: 'y' },
        ranges: [],
      },
      warnings: [],
    })
  })

  it('open with a warning when a range does not fit its text, keeping the ranges that do', async () => {
    const good = createRange('a', 'Hello world', 0, 5)
    const result = await decodeLink(
      linkFor({
        a: { t: 'Hello world' },
        b: { t: 'Bye' },
        h: ['a0-5~' + good.check, 'a6-11~zzzz', 'b0-40'],
      }),
    )
    expect(result.ok && result.value.ranges).toEqual([good])
    expect(result.warnings.map((w) => [w.code, w.range?.side])).toEqual([
      ['check-failed', 'a'],
      ['range-outside', 'b'],
    ])
    expect(result.warnings[0]!.message).toMatch(/first account no longer matches/)
  })

  it('drop malformed optional fields with one warning', async () => {
    const result = await decodeLink(
      linkFor({ a: { t: 'x', s: 5, d: [] }, b: { t: 'y', l: null }, f: 3, k: ['ok', 7] }),
    )
    expect(result).toMatchObject({
      ok: true,
      value: { a: { label: '', text: 'x' }, keywords: ['ok'] },
    })
    expect(result.ok && 'focus' in result.value).toBe(false)
    expect(result.warnings.map((w) => w.code)).toEqual(['ignored-part'])
  })

  it('report a payload without texts, bad JSON or bad UTF-8 as damaged', async () => {
    const corrupt = { ok: false, error: expect.objectContaining({ code: 'corrupt' }) }
    expect(await decodeLink(linkFor({ a: { t: 'x' } }))).toMatchObject(corrupt)
    expect(await decodeLink(linkFor([1, 2]))).toMatchObject(corrupt)
    expect(
      await decodeLink(`#p1.${encodeBase64url(deflateRawSync(Buffer.from('{"a":')))}.e`),
    ).toMatchObject(corrupt)
    expect(
      await decodeLink(`#p1.${encodeBase64url(deflateRawSync(Buffer.from([0xff, 0xfe])))}.e`),
    ).toMatchObject(corrupt)
    expect(await decodeLink('#p1.not*base64.e')).toMatchObject(corrupt)
  })

  it('say a link without its end was cut off', async () => {
    const link = await encodeLink(state)
    expect(await decodeLink(link.slice(0, -2))).toMatchObject({
      ok: false,
      error: { code: 'truncated' },
    })
    expect(await decodeLink(link.slice(0, 40))).toMatchObject({
      ok: false,
      error: { code: 'truncated' },
    })
  })
})

describe('p2 links: p1 with the reader’s alignment corrections', () => {
  // CRLF on one side: corrections are made on the texts as given and travel in normalized offsets.
  const given = { a: 'First line.\r\nSecond line.\r\nThird.', b: 'Uno.\nDos.\nTres.' }
  const corrections = { link: [{ a: 27, b: 10 }], unlink: [{ a: 13, b: 5 }] } as ReaderCorrections

  it('carry corrections, converted to normalized offsets and back', async () => {
    const carried = toLinkCorrections(corrections, given)
    expect(carried).toEqual({ link: [{ a: 25, b: 10 }], unlink: [{ a: 12, b: 5 }] })
    const state: PastedLinkState = {
      kind: 'pasted',
      a: { label: 'A', text: given.a },
      b: { label: 'B', text: given.b },
      ranges: [],
      corrections: carried,
    }
    const link = await encodeLink(state)
    expect(link).toMatch(/^#p2\./)
    const result = await decodeLink(link)
    expect(result).toEqual({ ok: true, value: state, warnings: [] })
    expect(toReaderCorrections(carried, given)).toEqual(corrections)
  })

  it('keep the two kinds of offset apart: passing one for the other does not type-check', () => {
    const carried = toLinkCorrections(corrections, given)
    // @ts-expect-error normalized offsets are not offsets into the texts as given
    expect(() => toLinkCorrections(carried, given)).not.toThrow()
    // @ts-expect-error offsets into the texts as given are not the normalized ones a link carries
    expect(() => toReaderCorrections(corrections, given)).not.toThrow()
  })

  it('leave out corrections that point past a text', () => {
    const carried = { link: [{ a: 999, b: 0 }], unlink: [{ a: 0, b: 0 }] } as LinkCorrections
    expect(toReaderCorrections(carried, given)).toEqual({ link: [], unlink: [{ a: 0, b: 0 }] })
  })
})
