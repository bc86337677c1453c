import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareAccounts, type Segment } from '../../../src/core'

// Issue 6 raises the run count in CI; by default keep the suite quick on a 2-core machine.
const numRuns = Number(process.env.PARALLAX_FUZZ_RUNS ?? 200)

const words = fc.constantFrom(
  'ceasefire',
  'talks',
  'Kyiv',
  'didn’t',
  'progress',
  'U.S.',
  'Mr.',
  '“quoted',
  'text.”',
  'переговоры',
  '台湾',
  'שלום',
  'مرحبا',
  '🤝',
  'e\u0301',
  '\u200b',
  '\u202e',
  '\n',
  '\n\n',
  '\r\n',
  '.',
  ',',
  ' ',
  '—',
)
const prose = fc.array(words, { maxLength: 60 }).map((w) => w.join(' '))
const anyText = fc.oneof(
  prose,
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
)

function expectSegmentsCover(segments: Segment[], text: string) {
  let previousEnd = 0
  for (const s of segments) {
    expect(s.start).toBeGreaterThanOrEqual(previousEnd)
    expect(s.end).toBeGreaterThan(s.start)
    expect(s.end).toBeLessThanOrEqual(text.length)
    expect(text.slice(s.start, s.end)).toBe(s.text)
    previousEnd = s.end
  }
  // Whatever lies between passages is only whitespace.
  const covered = new Set<number>()
  for (const s of segments) for (let k = s.start; k < s.end; k++) covered.add(k)
  for (let k = 0; k < text.length; k++) if (!covered.has(k)) expect(text[k]).toMatch(/\s/u)
}

describe('compareAccounts on arbitrary input', () => {
  it('never throws, and its passages lie inside their text, in order, covering every non-space', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const c = compareAccounts({ label: 'A', text: a }, { label: 'B', text: b })
        expectSegmentsCover(c.segments.a, a)
        expectSegmentsCover(c.segments.b, b)
      }),
      { numRuns },
    )
  })
})
