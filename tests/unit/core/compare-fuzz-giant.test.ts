// @vitest-environment node
/**
 * The two shapes of text that break naive segmenters and aligners, as single examples (a property over
 * texts this size would take minutes per run): one 200 KB sentence with no punctuation at all, and
 * 10,000 one-word paragraphs.
 */
import { describe, expect, it } from 'vitest'
import { compareAccounts } from '../../../src/core'
import { expectSegmentsCover } from './compare-fuzz-cover'

const WORDS = ['talks', 'Kyiv', 'ceasefire', 'progress', 'переговоры', 'call', 'sanctions', 'grain']

/** Words from WORDS picked by a fixed linear congruential sequence, so every run sees the same text. */
function words(count: number, seed: number): string[] {
  const out: string[] = []
  let x = seed
  for (let k = 0; k < count; k++) {
    x = (x * 1_103_515_245 + 12_345) % 2 ** 31
    out.push(WORDS[x % WORDS.length]!)
  }
  return out
}

function sentenceOf(chars: number, seed: number): string {
  let text = ''
  for (const w of words(chars / 4, seed)) {
    if (text.length >= chars) break
    text += `${w} `
  }
  return text.slice(0, chars)
}

describe('compareAccounts on giant inputs', { timeout: 120_000 }, () => {
  it('a single 200 KB sentence without punctuation', () => {
    const a = sentenceOf(200_000, 1)
    const b = sentenceOf(200_000, 2)
    expect(a).toHaveLength(200_000)
    expect(a).not.toMatch(/[.!?,;:]/)
    const c = compareAccounts({ label: 'A', text: a }, { label: 'B', text: b })
    expect(c.segments.a.length).toBeGreaterThan(0)
    expectSegmentsCover(c.segments.a, a)
    expectSegmentsCover(c.segments.b, b)
  })

  it('10,000 one-word paragraphs against a short text', () => {
    const a = words(10_000, 3).join('\n\n')
    const b = 'The talks made progress on grain. Sanctions stay.'
    const c = compareAccounts({ label: 'A', text: a }, { label: 'B', text: b })
    expectSegmentsCover(c.segments.a, a)
    expectSegmentsCover(c.segments.b, b)
    expect(c.segments.a.length).toBe(10_000)
  })

  it('10,000 one-word paragraphs on both sides', () => {
    const a = words(10_000, 4).join('\n\n')
    const b = words(10_000, 5).join('\n')
    const c = compareAccounts({ label: 'A', text: a }, { label: 'B', text: b })
    expectSegmentsCover(c.segments.a, a)
    expectSegmentsCover(c.segments.b, b)
  })
})
