/** What the benchmark measures and what it is held to (issue 8: cost as a multiple of a word pass). */

/** One seed for every run: the texts are the same on every machine and every day. */
export const SEED = 20250703

/**
 * The app's time budget (BUDGET_MS in src/hooks/use-comparison.ts): the core gets it as `budgetMs`,
 * and the naive whole-text diff gets it as jsdiff's `timeout`, so both face the same limit.
 */
export const LIMIT_MS = 5000

export interface SizeSpec {
  name: string
  /** Characters per side (nearly all ASCII, so about as many bytes). */
  chars: number
  /** Timed runs after one warm-up; the median is reported. */
  runs: number
}

export const SIZES: SizeSpec[] = [
  { name: '10 KB', chars: 10_000, runs: 5 },
  { name: '100 KB', chars: 100_000, runs: 5 },
  { name: '1 MB', chars: 1_000_000, runs: 3 },
]

/** The app is opened this many times on the 1 MB pair: one run on a busy machine says little. */
export const MAIN_THREAD_RUNS = 3

export const TARGETS = {
  /** The core's time as a multiple of one word-segmentation pass over the same pair, measured in
   * the same run (bench/word-pass.ts): the machine's speed and load cancel out. */
  passRatio: { '100 KB': 2, '1 MB': 3 } as Record<string, number>,
  /** Passages aligned at 1 MB may fall at most this many points below 100 KB: a long text is no
   * excuse for leaving counterparts unfound. */
  alignedGapPoints: 5,
  /** No main-thread task longer than this while the 1 MB pair is compared and shown. */
  longTaskMs: 50,
  /** No keystroke in a box holding 1 MB takes longer than this to handle and paint. */
  typingMs: 50,
}

export function sizeByName(name: string): SizeSpec {
  const spec = SIZES.find((s) => s.name.replace(/\s/g, '').toLowerCase() === name.toLowerCase())
  if (!spec) throw new Error(`unknown size ${name}; use ${SIZES.map((s) => s.name).join(', ')}`)
  return spec
}
