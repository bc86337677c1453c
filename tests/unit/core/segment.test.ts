import { describe, expect, it } from 'vitest'
import { segmentSentences, splitParagraphs } from '../../../src/core/segment'

const sentences = (text: string) => segmentSentences(text).map((s) => text.slice(s.start, s.end))

describe('segmentSentences', () => {
  it('keeps "U.S. President" and "Mr." inside their sentence', () => {
    const text = 'The U.S. President met Mr. Lavrov in Geneva. They spoke for an hour.'
    expect(sentences(text)).toEqual([
      'The U.S. President met Mr. Lavrov in Geneva.',
      'They spoke for an hour.',
    ])
  })

  it('keeps an editor’s bracketed note whole, whatever full stops it holds', () => {
    const text =
      '[Minister Okafor, post on X, about 4:16 a.m. Lagos time]\n\nThe strikes will stop. Talks follow.'
    expect(sentences(text)).toEqual([
      '[Minister Okafor, post on X, about 4:16 a.m. Lagos time]',
      'The strikes will stop.',
      'Talks follow.',
    ])
  })

  it('keeps a closing quote with the sentence that ends inside it', () => {
    const text = 'She said: “Talks will resume soon.” The envoy left on Friday.'
    expect(sentences(text)).toEqual([
      'She said: “Talks will resume soon.”',
      'The envoy left on Friday.',
    ])
  })

  it('does not split before a lower-case continuation', () => {
    const text = '“We are ready,” he said. “But not yet.” the aide added later.'
    expect(sentences(text)).toHaveLength(2)
  })

  it('treats a single newline after a finished sentence as a paragraph break, and a hard wrap as a space', () => {
    const text =
      'First paragraph ends here.\nSecond paragraph starts and\nwraps onto a new line.\n\nThird.'
    const spans = segmentSentences(text)
    expect(spans.map((s) => s.paragraph)).toEqual([0, 1, 2])
    expect(text.slice(spans[1]!.start, spans[1]!.end)).toBe(
      'Second paragraph starts and\nwraps onto a new line.',
    )
  })

  it('cuts an over-long sentence at a word boundary and covers the text in order', () => {
    const text = Array.from({ length: 600 }, (_, i) => `word${i}`).join(' ')
    const spans = segmentSentences(text)
    expect(spans.length).toBeGreaterThan(1)
    spans.forEach((s, i) => {
      expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim())
      if (i > 0) expect(s.start).toBeGreaterThan(spans[i - 1]!.end)
    })
  })

  it('ignores blank and whitespace-only text', () => {
    expect(splitParagraphs('  \n\n \t ')).toEqual([])
    expect(segmentSentences('')).toEqual([])
  })
})

describe('segmentSentences on degenerate input', () => {
  // Every "A." reads as an initial, so the whole run merges into one sentence: the merge must look
  // at the end of the sentence so far, not re-read all of it (that was quadratic: 129 s for this).
  it('merges 50,000 initials in one pass and cuts the result into bounded passages', () => {
    const text = 'A. '.repeat(50_000).trim()
    const spans = segmentSentences(text)
    expect(spans.length).toBeGreaterThan(100)
    expect(spans.every((s) => s.end - s.start <= 1200)).toBe(true)
    expect(spans[0]!.start).toBe(0)
    expect(spans[spans.length - 1]!.end).toBe(text.length)
  }, 10_000)
})
