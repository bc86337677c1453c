// @vitest-environment node
/**
 * Two 1 MB accounts with a long, repeated vocabulary (the benchmark's generated pair): every passage
 * shares common words with hundreds of others. A frequency cap on shared words used to leave three in
 * four passages unaligned here; the similarity join finds every counterpart.
 */
import { describe, expect, it } from 'vitest'
import { generatePair } from '../../../bench/generate/pair'
import { compareAccounts } from '../../../src/core'

describe('a 1 MB pair with a long repeated vocabulary', { timeout: 60_000 }, () => {
  it('still aligns nine passages in ten', () => {
    const pair = generatePair(1_000_000, 20250703)
    const c = compareAccounts({ label: 'A', text: pair.a }, { label: 'B', text: pair.b })
    const all = [...c.segments.a, ...c.segments.b]
    const aligned = all.filter((s) => s.alignment !== 'only-here').length / all.length
    expect(aligned).toBeGreaterThan(0.9)
  })
})
