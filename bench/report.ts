/** The benchmark's answer as Markdown: medians per size, then each target, met or missed by how much. */
import { LIMIT_MS, SIZES, TARGETS } from './config'
import { mainThreadCells, mainThreadNote, typingCells } from './report-main-thread'
import type { BenchResults, CoreTiming, NodeResult } from './results'
import { formatMs } from './stats'

export interface Environment {
  date: string
  machine: string
  node: string
  chromium: string | null
  /** One-minute load average when the run started: other work on the box shows up in the medians. */
  load: number
}

const ms = formatMs
const kb = (chars: number) => `${(chars / 1000).toFixed(chars < 100_000 ? 1 : 0)} K`
const times = (x: number) => `${x.toFixed(x < 10 ? 1 : 0)}×`
const row = (cells: string[]) => `| ${cells.join(' | ')} |`

function timing(t: CoreTiming | undefined): string {
  if (!t) return '—'
  return t.approximate ? `${ms(t.medianMs)} (approximate)` : ms(t.medianMs)
}

/** The core's timing and the word pass of the same run, per engine, looked up by size. */
interface EngineRun {
  core: CoreTiming
  wordPassMs: number
}

function engines(r: BenchResults): { name: string; at(size: string): EngineRun | undefined }[] {
  const browser = Array.isArray(r.browser) ? r.browser : []
  return [
    { name: 'Node', at: (size) => r.node.find((n) => n.size === size) },
    { name: 'Chromium', at: (size) => browser.find((b) => b.size === size) },
  ]
}

/** "40 ms (4.6×)": the pass and the core as a multiple of it. */
const passCell = (run: EngineRun | undefined) =>
  run ? `${ms(run.wordPassMs)} (${times(run.core.medianMs / run.wordPassMs)})` : '—'

function sizeRow(n: NodeResult, inBrowser: EngineRun | undefined): string {
  let naive = ['—', '—']
  if (n.naive) {
    const ratio = n.naive.medianMs / n.core.medianMs
    // A diff that gave up only says the ratio is at least this.
    naive = n.naive.gaveUp
      ? [`gave up after ${ms(n.naive.medianMs)}`, `> ${times(ratio)}`]
      : [ms(n.naive.medianMs), times(ratio)]
  }
  const size = `${n.size} (${kb(n.chars.a)} / ${kb(n.chars.b)})`
  const heap = `${Math.round(n.heapMb.peak)} MB`
  const aligned = `${Math.round(n.alignedShare * 100)} %`
  return row([
    size,
    timing(n.core),
    passCell(n),
    aligned,
    timing(inBrowser?.core),
    passCell(inBrowser),
    ...naive,
    heap,
  ])
}

/** The core against a word pass over the same pair, in the same run of each engine: ratio and
 * verdict. Node is the reference; the app runs the core in Chromium's worker, so that is shown too. */
function speedRows(r: BenchResults): string[] {
  return engines(r).flatMap((engine) =>
    r.node.flatMap(({ size }) => {
      const limit = TARGETS.passRatio[size]
      const run = engine.at(size)
      if (limit === undefined || !run) return []
      const ratio = run.core.medianMs / run.wordPassMs
      const verdict =
        ratio <= limit
          ? 'met'
          : `missed by ${times(ratio / limit)} (${ms(run.core.medianMs - limit * run.wordPassMs)})`
      return [
        row([
          `${size} pair ≤ ${limit}× one word pass (${engine.name}, same run)`,
          `${ms(run.core.medianMs)} = ${ratio.toFixed(1)}× the ${ms(run.wordPassMs)} pass`,
          verdict,
        ]),
      ]
    }),
  )
}

/** Long texts are no excuse for leaving counterparts unfound. */
function alignedRow(r: BenchResults): string[] {
  const share = (size: string) => r.node.find((n) => n.size === size)?.alignedShare
  const [mid, large] = [share('100 KB'), share('1 MB')]
  if (mid === undefined || large === undefined) return []
  const gap = Math.round((mid - large) * 100)
  const limit = TARGETS.alignedGapPoints
  return [
    row([
      `Passages aligned at 1 MB within ${limit} points of 100 KB`,
      `${Math.round(large * 100)} % against ${Math.round(mid * 100)} %`,
      gap <= limit ? 'met' : `missed by ${gap - limit} points`,
    ]),
  ]
}

function notes(r: BenchResults): string[] {
  const before = r.node.map((n) => `${Math.round(n.heapMb.before)} MB`)
  // On a shared machine the median carries the load; the fastest run is closer to the code's own cost.
  const fastest = engines(r).flatMap((e) =>
    r.node.flatMap((n) => {
      const t = e.at(n.size)?.core
      return t ? [`${e.name} ${n.size} ${ms(Math.min(...t.runsMs))}`] : []
    }),
  )
  const out = [
    `- Fastest timed runs of the core: ${fastest.join(', ')}.`,
    `- Peak heap: the highest heapUsed sampled at the core's progress callbacks; before each run: ${before.join(' / ')}.`,
  ]
  if ('skipped' in r.browser) out.push(`- Chromium worker not measured: ${r.browser.skipped}.`)
  out.push(...mainThreadNote(r.mainThread))
  return out
}

export function formatReport(r: BenchResults, env: Environment): string {
  const inBrowser = engines(r)[1]!
  const runs = SIZES.map((s) => `${s.runs} (${s.name})`).join(', ')
  return [
    `Parallax benchmark, ${env.date}: ${env.machine}; Node ${env.node}; ${env.chromium ?? 'no Chromium'}; ` +
      `load average ${env.load.toFixed(1)} at start.`,
    `Generated account pairs (bench/generate, fixed seed). Medians of ${runs} timed runs after a warm-up. ` +
      `Time budget of the core and time limit of the naive diff: ${LIMIT_MS / 1000} s.`,
    '',
    row([
      'Pair (chars per side)',
      'Core in Node',
      'Word pass (Node, core / pass)',
      'Passages aligned',
      'Core in Chromium worker',
      'Word pass (Chromium, core / pass)',
      'Naive diffWords (Node)',
      'Naive / core',
      'Peak heap (Node)',
    ]),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...r.node.map((n) => sizeRow(n, inBrowser.at(n.size))),
    '',
    row(['Target', 'Measured', 'Verdict']),
    row(['---', '---', '---']),
    ...speedRows(r),
    ...alignedRow(r),
    row(mainThreadCells(r.mainThread)),
    row(typingCells(r.mainThread)),
    '',
    ...notes(r),
  ].join('\n')
}
