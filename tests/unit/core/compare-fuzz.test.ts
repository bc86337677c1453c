import fc from 'fast-check'
import { describe, it } from 'vitest'
import { compareAccounts } from '../../../src/core'
import { expectSegmentsCover } from './compare-fuzz-cover'

// `npm run fuzz` (in CI) sets 10,000; by default keep `npm test` quick on a 2-core machine. Texts stay
// small so 10,000 runs take seconds; the giant texts are single examples in compare-fuzz-giant.test.ts.
const numRuns = Number(process.env.PARALLAX_FUZZ_RUNS) || 200

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
/** Texts with nothing to compare: empty, or only spaces, tabs, line breaks and Unicode blanks. */
const blank = fc.string({
  unit: fc.constantFrom(' ', '\t', '\n', '\r\n', '\r', '\u00a0', '\u2028', '\u3000', '\f', '\v'),
  maxLength: 20,
})
const anyText = fc.oneof(
  prose,
  blank,
  fc.string({ unit: fc.nat(0xffff).map((c) => String.fromCharCode(c)), maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
)

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
