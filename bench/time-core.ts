/**
 * Times the analysis core on one pair: the same code in Node and in the browser worker, so the two
 * columns of the table differ only by the engine.
 */
import { compareAccounts, type Comparison } from '../src/core'
import { LIMIT_MS } from './config'
import type { AccountPair } from './generate/pair'
import type { CoreTiming } from './results'
import { median } from './stats'

export function compareOnce(pair: AccountPair, onProgress?: (done: number) => void): Comparison {
  return compareAccounts(
    { label: 'First account', text: pair.a },
    { label: 'Second account', text: pair.b },
    { budgetMs: LIMIT_MS, ...(onProgress ? { onProgress } : {}) },
  )
}

/** One warm-up run (JIT, lexicons, caches), then `runs` timed runs. */
export function timeCore(
  pair: AccountPair,
  runs: number,
): { timing: CoreTiming; last: Comparison } {
  let last = compareOnce(pair)
  let approximate = last.approximate
  const runsMs: number[] = []
  for (let k = 0; k < runs; k++) {
    const start = performance.now()
    last = compareOnce(pair)
    runsMs.push(performance.now() - start)
    approximate ||= last.approximate
  }
  return { timing: { medianMs: median(runsMs), runsMs, approximate }, last }
}

/** Share of passages on both sides that found a counterpart. */
export function alignedShare(c: Comparison): number {
  const all = [...c.segments.a, ...c.segments.b]
  return all.filter((s) => s.alignment !== 'only-here').length / Math.max(1, all.length)
}
