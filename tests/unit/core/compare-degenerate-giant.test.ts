// @vitest-environment node
/**
 * Degenerate texts an adversarial pass used to freeze the analysis with: 50,000 "A." (every one read as
 * an initial, so the whole run merged into one sentence, quadratically), 300,000 one-word paragraphs
 * (every stage ran to the end whatever the budget: 27 s), and 100,000 sentences of unique words. The
 * time budget binds every stage, so each one ends near its budget, marked approximate if it ran out,
 * with every passage still in place. The test's timeout is the guard; bench/ measures speed.
 */
import { describe, expect, it } from 'vitest'
import { compareAccounts } from '../../../src/core'
import { expectSegmentsCover } from './compare-fuzz-cover'

const BUDGET_MS = 2000

const SHAPES: [string, string, string][] = [
  ['50,000 initials', 'A. '.repeat(50_000), 'B. '.repeat(50_000)],
  ['300,000 one-word paragraphs', 'a.\n\n'.repeat(300_000), 'b.\n\n'.repeat(300_000)],
  [
    '100,000 sentences of unique words',
    Array.from({ length: 100_000 }, (_, i) => `W${i.toString(36)} said.`).join(' '),
    Array.from({ length: 100_000 }, (_, i) => `V${i.toString(36)} said.`).join(' '),
  ],
]

describe('compareAccounts on degenerate texts, within its budget', { timeout: 30_000 }, () => {
  it.each(SHAPES)('%s', (_, a, b) => {
    const started = Date.now()
    const c = compareAccounts(
      { label: 'A', text: a },
      { label: 'B', text: b },
      { budgetMs: BUDGET_MS },
    )
    const took = Date.now() - started
    if (took > BUDGET_MS) expect(c.approximate).toBe(true)
    expectSegmentsCover(c.segments.a, a)
    expectSegmentsCover(c.segments.b, b)
  })
})
