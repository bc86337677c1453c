import type { ComparisonReport } from '../../../src/core/report'
import { comparison, div, seg } from '../scripts/fake-comparison'

export const KREMLIN = 'Kremlin readout'
export const TRUMP = "Trump's remarks"

/** A two-passage pair: a0 contradicts b0 (with "any progress" marked as changed), a1 only on side a. */
export function sampleReport(overrides: Partial<ComparisonReport> = {}): ComparisonReport {
  const textA = 'Putin noted the search for a solution.\n\nHe greeted Trump on Independence Day.'
  const textB = 'No, I didn’t make any progress with him today.'
  const a0 = {
    ...seg('a', 0, textA.slice(0, 38)),
    alignment: 'contradicts' as const,
    counterparts: ['b0'],
  }
  const a1 = { ...seg('a', 1, textA.slice(40)), start: 40, end: textA.length }
  const b0 = {
    ...seg('b', 0, textB),
    alignment: 'contradicts' as const,
    counterparts: ['a0'],
    pieces: [
      { start: 0, end: 20, changed: false },
      { start: 20, end: 32, changed: true },
      { start: 32, end: textB.length, changed: false },
    ],
  }
  return {
    title: 'Putin–Trump call',
    date: '2025-07-03',
    a: {
      label: KREMLIN,
      text: textA,
      source: 'kremlin.ru',
      url: 'http://en.kremlin.ru/events/77387',
    },
    b: { label: TRUMP, text: textB, speaker: 'Donald Trump' },
    comparison: comparison(
      [a0, a1],
      [b0],
      [
        div({ id: 'd1', a: ['a0'], b: ['b0'], summary: 'Search for a solution vs no progress.' }),
        div({ id: 'd2', kind: 'only-a', topicLabel: 'Greetings', a: ['a1'], b: [] }),
      ],
    ),
    link: 'https://parallax.example/#b1.whole',
    divergenceLinks: { d1: 'https://parallax.example/#b1.d1' },
    generated: '2026-11-26',
    ...overrides,
  }
}
