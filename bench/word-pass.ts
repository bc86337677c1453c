/**
 * The yardstick the core is measured against (issue 8): one word-segmentation pass over both texts
 * with Intl.Segmenter, paragraph by paragraph as the core segments (V8's segmenter is quadratic on one
 * long string). It does nothing with the words; the core reads, aligns and diffs them, so its time as a
 * multiple of this pass says how much work it does per word, on whatever machine and load the run has.
 */
import type { AccountPair } from './generate/pair'
import { median } from './stats'

const segmenter = new Intl.Segmenter('en', { granularity: 'word' })

/** Words in both texts, counted so the pass cannot be optimized away. */
export function wordPass(pair: AccountPair): number {
  let words = 0
  for (const text of [pair.a, pair.b]) {
    for (const paragraph of text.split(/\n\s*\n|\n/)) {
      for (const s of segmenter.segment(paragraph)) if (s.isWordLike) words++
    }
  }
  return words
}

/** Median time of the pass, after a warm-up. */
export function timeWordPass(pair: AccountPair, runs: number): number {
  wordPass(pair)
  const times: number[] = []
  for (let k = 0; k < runs; k++) {
    const start = performance.now()
    wordPass(pair)
    times.push(performance.now() - start)
  }
  return median(times)
}
