// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { textFragmentUrl } from '../../../src/core/permalink'

describe('textFragmentUrl', () => {
  it('links to the exact passage, encoding what the spec requires', () => {
    expect(
      textFragmentUrl('https://example.com/readout', 'We made no progress, none - at all & ever.'),
    ).toBe(
      'https://example.com/readout#:~:text=We%20made%20no%20progress%2C%20none%20%2D%20at%20all%20%26%20ever.',
    )
  })

  it('replaces an existing fragment and keeps the query', () => {
    expect(textFragmentUrl('http://example.com/a?b=1#section', 'Hello')).toBe(
      'http://example.com/a?b=1#:~:text=Hello',
    )
  })

  it('collapses whitespace and encodes non-ASCII text as UTF-8', () => {
    expect(textFragmentUrl('https://example.com/', '  Путин\n\tсказал  ')).toBe(
      'https://example.com/#:~:text=%D0%9F%D1%83%D1%82%D0%B8%D0%BD%20%D1%81%D0%BA%D0%B0%D0%B7%D0%B0%D0%BB',
    )
  })

  it('uses textStart,textEnd for passages over 300 characters', () => {
    const passage = `The two leaders spoke ${'at length about many things '.repeat(12)}and agreed to meet again soon.`
    const url = textFragmentUrl('https://example.com/', passage)!
    expect(url).toBe(
      'https://example.com/#:~:text=The%20two%20leaders%20spoke,to%20meet%20again%20soon.',
    )
  })

  it('only links to http and https sources, and only to some text', () => {
    for (const source of [
      'javascript:alert(1)',
      'data:text/html,hi',
      'file:///etc/passwd',
      'not a url',
      '',
      'ftp://x.example/',
    ]) {
      expect(textFragmentUrl(source, 'Hello')).toBeNull()
    }
    expect(textFragmentUrl('https://example.com/', ' \n ')).toBeNull()
  })

  it('survives lone surrogates', () => {
    expect(textFragmentUrl('https://example.com/', 'a\uD800b')).toBe(
      'https://example.com/#:~:text=a%EF%BF%BDb',
    )
  })
})
