/**
 * The naive approach the core is measured against: one jsdiff diffWords over the whole texts, with
 * the same time limit as the core (jsdiff returns undefined when it gives up).
 */
import { diffWords } from 'diff'
import { LIMIT_MS } from '../config'
import type { AccountPair } from '../generate/pair'
import type { NodeResult } from '../results'
import { median } from '../stats'

function diffOnce(pair: AccountPair): { ms: number; gaveUp: boolean } {
  const start = performance.now()
  const changes = diffWords(pair.a, pair.b, { timeout: LIMIT_MS })
  return { ms: performance.now() - start, gaveUp: changes === undefined }
}

export function timeNaive(pair: AccountPair, runs: number): NonNullable<NodeResult['naive']> {
  const warm = diffOnce(pair)
  // Once it gives up, every run only measures the limit again: one timed run says as much as five.
  const timed = Array.from({ length: warm.gaveUp ? 1 : runs }, () => diffOnce(pair))
  const runsMs = timed.map((t) => t.ms)
  return { medianMs: median(runsMs), runsMs, gaveUp: warm.gaveUp || timed.some((t) => t.gaveUp) }
}
