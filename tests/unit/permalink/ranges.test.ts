// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { checkRanges, createRange, quoteCheck } from '../../../src/core/permalink'
import { formatRange, parseRange } from '../../../src/core/permalink/ranges'

describe('range tokens', () => {
  it('read and write `a<start>-<end>~<check>`', () => {
    expect(parseRange('a1207-1291~k3x9')).toEqual({
      side: 'a',
      start: 1207,
      end: 1291,
      check: 'k3x9',
    })
    expect(parseRange('b0-5')).toEqual({ side: 'b', start: 0, end: 5 })
    expect(formatRange({ side: 'b', start: 80, end: 142, check: '00zz' })).toBe('b80-142~00zz')
    expect(parseRange('a12-40~K3X9')?.check).toBe('k3x9')
  })

  it('refuse malformed, empty and reversed ranges', () => {
    for (const token of [
      'c1-2',
      'a1-',
      'a-1-2',
      'a5-5',
      'a9-3',
      'a1-2~abc',
      'a1-2~abcde',
      'a1234567890-1234567891',
      'a1.5-3',
    ]) {
      expect(parseRange(token)).toBeNull()
    }
  })
})

describe('createRange', () => {
  it('converts offsets in the text as given to the normalized text, and adds the check', () => {
    const text = 'Line one.\r\nCafe\u0301 talks.'
    const start = text.indexOf('Cafe')
    const range = createRange('a', text, start, text.length)
    const normalized = 'Line one.\nCafé talks.'
    expect(range).toEqual({
      side: 'a',
      start: normalized.indexOf('Café'),
      end: normalized.length,
      check: quoteCheck('Café talks.'),
    })
  })

  it('throws on offsets that select nothing inside the text', () => {
    expect(() => createRange('a', 'abc', 2, 2)).toThrow(RangeError)
    expect(() => createRange('a', 'abc', 0, 4)).toThrow(RangeError)
    expect(() => createRange('a', 'abc', -1, 2)).toThrow(RangeError)
  })
})

describe('checkRanges', () => {
  const texts = { a: 'Cafe\u0301 au lait.\r\nSecond line.', b: 'Other account 👋🏽 here.' }

  it('says which ranges fit and maps them back onto the text as given', () => {
    const a = createRange('a', texts.a, texts.a.indexOf('Second'), texts.a.length)
    const b = createRange('b', texts.b, 14, texts.b.length)
    const [ca, cb] = checkRanges([a, b], texts)
    expect(ca).toMatchObject({
      status: 'ok',
      original: { start: texts.a.indexOf('Second'), end: texts.a.length },
    })
    expect(texts.b.slice(cb!.original!.start, cb!.original!.end)).toBe('👋🏽 here.')
  })

  it('flags a range whose text changed, one outside the text, and one without check', () => {
    const good = createRange('a', texts.a, 0, 5)
    const checked = checkRanges(
      [
        { ...good, start: good.start + 1, end: good.end + 1 },
        { side: 'b', start: 5, end: 999 },
        { side: 'b', start: 0, end: 5 },
      ],
      texts,
    )
    expect(checked.map((c) => c.status)).toEqual(['check-failed', 'range-outside', 'unchecked'])
    expect(checked[0]!.original).toBeUndefined()
    expect(checked[2]!.original).toEqual({ start: 0, end: 5 })
  })
})
