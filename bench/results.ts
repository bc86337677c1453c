/** The measurements each runner hands to the report. */

export interface SizeLabel {
  size: string
  chars: { a: number; b: number }
}

export interface CoreTiming {
  medianMs: number
  runsMs: number[]
  /** True when any run ran out of the time budget and returned a partial result. */
  approximate: boolean
}

export interface NodeResult extends SizeLabel {
  core: CoreTiming
  /** Median time of one word-segmentation pass over both texts, in the same run (bench/word-pass.ts). */
  wordPassMs: number
  /** Share of passages (both sides) aligned to a counterpart: a collapse shows up here first. */
  alignedShare: number
  naive: { medianMs: number; runsMs: number[]; gaveUp: boolean } | null
  /** Highest heapUsed seen while the core ran, and heapUsed just before (after a GC). */
  heapMb: { peak: number; before: number }
}

export interface BrowserResult extends SizeLabel {
  core: CoreTiming
  /** The same word pass, timed in the same worker right after the core. */
  wordPassMs: number
}

export interface MainThreadResult {
  /** Longest 'longtask' entry from the click until the comparison was shown, in ms (0: none). */
  longestTaskMs: number
  /** Longest 'long-animation-frame' entry over the same span, or null where unsupported. */
  longestFrameMs: number | null
  /** Long tasks in the two seconds after it was shown (passages still being revealed). */
  longestTaskAfterMs: number
  /** Longest task while the two boxes were filled, before the click (pasting 1 MB twice). */
  longestFillTaskMs: number
  /** Longest keystroke (Event Timing: from the key to the next paint) while typing into a box
   * holding 1 MB, before the click; null where the Event Timing API is missing. */
  longestKeystrokeMs: number | null
  longTasks: number
  /** From the click until passages were on screen and the loading indicator gone. */
  totalMs: number
  passagesShown: number
  approximate: boolean
}

export interface BenchResults {
  node: NodeResult[]
  browser: BrowserResult[] | { skipped: string }
  /** One entry per time the app was opened on the 1 MB pair. */
  mainThread: MainThreadResult[] | { skipped: string }
}
