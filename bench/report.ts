/** The benchmark's answer as Markdown: medians per size, then each target, met or missed by how much. */
import { LIMIT_MS, SIZES, TARGETS } from './config'
import { mainThreadCells, mainThreadNote } from './report-main-thread'
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

function verdict(measured: number, limit: number): string {
  return measured <= limit
    ? 'met'
    : `missed by ${ms(measured - limit)} (${times(measured / limit)})`
}

/** The core's timings per engine, looked up by size. */
function engines(r: BenchResults): { name: string; at(size: string): CoreTiming | undefined }[] {
  const browser = Array.isArray(r.browser) ? r.browser : []
  return [
    { name: 'Node', at: (size) => r.node.find((n) => n.size === size)?.core },
    { name: 'Chromium', at: (size) => browser.find((b) => b.size === size)?.core },
  ]
}

function sizeRow(n: NodeResult, inBrowser: CoreTiming | undefined): string {
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
  return row([size, timing(n.core), timing(inBrowser), ...naive, heap])
}

function speedRows(r: BenchResults): string[] {
  const rows: string[] = []
  for (const [size, limit] of [
    ['100 KB', TARGETS.mediumMs],
    ['1 MB', TARGETS.largeMs],
  ] as const) {
    const measured = engines(r).flatMap((e) => {
      const t = e.at(size)
      return t ? [[`${e.name} ${timing(t)}`, `${e.name}: ${verdict(t.medianMs, limit)}`]] : []
    })
    if (measured.length === 0) continue
    const cells = [0, 1].map((k) => measured.map((m) => m[k]).join(' · '))
    rows.push(row([`${size} pair ≤ ${ms(limit)} (median)`, ...cells]))
  }
  return rows
}

function growthRow(r: BenchResults): string[] {
  // Fewer passages aligned means fewer pairs diffed: a cheap 1 MB run may just be doing less work.
  const share = (size: string) => r.node.find((n) => n.size === size)?.alignedShare ?? 0
  const [midShare, largeShare] = [share('100 KB'), share('1 MB')]
  const caveat =
    largeShare < midShare * 0.8
      ? `. Both: only ${Math.round(largeShare * 100)} % of passages aligned at 1 MB against ${Math.round(midShare * 100)} % at 100 KB, so less work was done`
      : ''
  const measured = engines(r).flatMap((e) => {
    const [mid, large] = [e.at('100 KB'), e.at('1 MB')]
    if (!mid || !large) return []
    const ratio = large.medianMs / mid.medianMs
    // A run cut off by the budget caps its own time, and so the ratio: it cannot show linearity.
    const met = large.approximate
      ? `not conclusive (the 1 MB run hit the ${LIMIT_MS / 1000} s budget)`
      : ratio <= TARGETS.linearRatio * 1.3
        ? 'met'
        : 'missed'
    return [[`${e.name} ${ratio.toFixed(1)}`, `${e.name}: ${met}`]]
  })
  if (measured.length === 0) return []
  const cells = [0, 1].map((k) => measured.map((m) => m[k]).join(' · '))
  return [
    row([
      `1 MB / 100 KB time ≈ ${TARGETS.linearRatio}, in step with the text`,
      cells[0]!,
      cells[1]! + caveat,
    ]),
  ]
}

function notes(r: BenchResults): string[] {
  const aligned = r.node.map((n) => `${n.size} ${Math.round(n.alignedShare * 100)} %`)
  const before = r.node.map((n) => `${Math.round(n.heapMb.before)} MB`)
  // On a shared machine the median carries the load; the fastest run is closer to the code's own cost.
  const fastest = engines(r).flatMap((e) =>
    r.node.flatMap((n) => {
      const t = e.at(n.size)
      return t ? [`${e.name} ${n.size} ${ms(Math.min(...t.runsMs))}`] : []
    }),
  )
  const out = [
    `- Fastest timed runs of the core: ${fastest.join(', ')}.`,
    `- Passages aligned to a counterpart (Node): ${aligned.join(', ')}.`,
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
      'Core in Chromium worker',
      'Naive diffWords (Node)',
      'Naive / core',
      'Peak heap (Node)',
    ]),
    row(['---', '---:', '---:', '---:', '---:', '---:']),
    ...r.node.map((n) => sizeRow(n, inBrowser.at(n.size))),
    '',
    row(['Target', 'Measured', 'Verdict']),
    row(['---', '---', '---']),
    ...speedRows(r),
    ...growthRow(r),
    row(mainThreadCells(r.mainThread)),
    '',
    ...notes(r),
  ].join('\n')
}
