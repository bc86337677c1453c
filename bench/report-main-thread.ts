/** The main-thread part of the report: several runs of the app on the 1 MB pair, medians and each run. */
import { TARGETS } from './config'
import type { MainThreadResult } from './results'
import { formatMs, median } from './stats'

type Runs = MainThreadResult[] | { skipped: string }

const ms = formatMs
const each = (runs: MainThreadResult[], pick: (m: MainThreadResult) => number) =>
  runs.map((m) => Math.round(pick(m)).toLocaleString('en-US')).join(' / ')

/** Target, measured, verdict: judged on the median run, with the worst run beside it. */
export function mainThreadCells(runs: Runs): [string, string, string] {
  const target = `No main-thread task over ${TARGETS.longTaskMs} ms (app, 1 MB pair, click → shown)`
  if ('skipped' in runs) return [target, `not measured: ${runs.skipped}`, '—']
  const longest = median(runs.map((m) => m.longestTaskMs))
  const worst = Math.max(...runs.map((m) => m.longestTaskMs))
  const frames = runs.flatMap((m) => (m.longestFrameMs === null ? [] : [m.longestFrameMs]))
  const measured =
    `longest task ${ms(longest)} (median of ${runs.length} runs: ${each(runs, (m) => m.longestTaskMs)} ms)` +
    (frames.length ? `; longest animation frame ${ms(median(frames))} (median)` : '')
  const limit = TARGETS.longTaskMs
  const verdict =
    longest <= limit
      ? worst <= limit
        ? 'met'
        : `met in the median run; the worst run had ${ms(worst)}`
      : `missed by ${ms(longest - limit)} (${(longest / limit).toFixed(1)}×)`
  return [target, measured, verdict]
}

/** Typing into a box that holds 1 MB: the longest keystroke, judged on the median run. */
export function typingCells(runs: Runs): [string, string, string] {
  const target = `Typing in a box holding 1 MB: no keystroke over ${TARGETS.typingMs} ms`
  if ('skipped' in runs) return [target, `not measured: ${runs.skipped}`, '—']
  const measured = runs.flatMap((m) =>
    m.longestKeystrokeMs === null ? [] : [m.longestKeystrokeMs],
  )
  if (measured.length === 0) return [target, 'not measured: no Event Timing API', '—']
  const longest = median(measured)
  const limit = TARGETS.typingMs
  return [
    target,
    `longest keystroke ${ms(longest)} (median of ${measured.length} runs: ${measured.map((x) => Math.round(x)).join(' / ')} ms)`,
    longest <= limit
      ? 'met'
      : `missed by ${ms(longest - limit)} (${(longest / limit).toFixed(1)}×)`,
  ]
}

export function mainThreadNote(runs: Runs): string[] {
  if ('skipped' in runs) return []
  const approximate = runs.filter((m) => m.approximate).length
  return [
    `- App, 1 MB pair, ${runs.length} runs: shown ${each(runs, (m) => m.totalMs)} ms after the click ` +
      `(${runs[0]?.passagesShown ?? 0} passages in the first frame${approximate ? `; marked approximate in ${approximate}` : ''}); ` +
      `long tasks from the click on: ${each(runs, (m) => m.longTasks)}; ` +
      `longest in the 2 s after it was shown: ${each(runs, (m) => m.longestTaskAfterMs)} ms; ` +
      `longest while the two boxes were filled, before the click: ${each(runs, (m) => m.longestFillTaskMs)} ms.`,
  ]
}
