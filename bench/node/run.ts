/**
 * The Node half of the benchmark: the core and the naive diff on each generated pair, plus peak heap.
 *   node --expose-gc --import tsx bench/node/run.ts [--sizes 10kb,100kb,1mb] [--core-only] [--json]
 * For a profile: node --cpu-prof --import tsx bench/node/run.ts --sizes 1mb --core-only
 */
import { parseArgs } from 'node:util'
import { SEED, SIZES, sizeByName } from '../config'
import { generatePair } from '../generate/pair'
import type { NodeResult } from '../results'
import { round } from '../stats'
import { alignedShare, compareOnce, timeCore } from '../time-core'
import { timeWordPass } from '../word-pass'
import { measureHeap } from './heap'
import { timeNaive } from './time-naive'

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    'core-only': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
})
const sizes = values.sizes ? values.sizes.split(',').map(sizeByName) : SIZES
// With --json, stdout carries only the results; progress goes to stderr either way.
const log = (line: string) => process.stderr.write(`${line}\n`)

const results: NodeResult[] = []
for (const spec of sizes) {
  const pair = generatePair(spec.chars, SEED)
  log(`node: ${spec.name} (${pair.a.length} + ${pair.b.length} chars)`)
  const { timing, last } = timeCore(pair, spec.runs)
  log(`  core: median ${round(timing.medianMs)} ms of ${timing.runsMs.map(round).join(', ')}`)
  const wordPassMs = timeWordPass(pair, spec.runs)
  log(
    `  word pass: median ${round(wordPassMs)} ms (core / pass ${(timing.medianMs / wordPassMs).toFixed(1)}×)`,
  )
  const heapMb = measureHeap((sample) => compareOnce(pair, sample))
  const naive = values['core-only'] ? null : timeNaive(pair, spec.runs)
  if (naive) {
    log(`  naive diffWords: ${round(naive.medianMs)} ms${naive.gaveUp ? ' (gave up)' : ''}`)
  }
  results.push({
    size: spec.name,
    chars: { a: pair.a.length, b: pair.b.length },
    core: timing,
    wordPassMs,
    alignedShare: alignedShare(last),
    naive,
    heapMb,
  })
}
if (values.json) process.stdout.write(JSON.stringify(results))
