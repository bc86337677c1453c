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
