// npm run fit-rank [-- --write]
// Fits the ranking weights (src/core/rank-weights.json) on the dev cases: a logistic regression of
// "this candidate is one a correspondent leads with" on the features of rank-features.ts, with an L2
// penalty that keeps weights small where the data say little. Reports the top-5 scores in sample and
// leave-one-pair-out (fit on the other pairs, score the one left out: what to expect on pairs never
// seen). --write saves the weights fitted on all pairs.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { startBudget } from '../src/core/budget'
import { scoreCandidates } from '../src/core/score-candidates'
import { linkAccounts } from '../src/core/compare'
import type { Features } from '../src/core/rank-features'
import {
  RANK_WEIGHTS,
  applyFocus,
  rankCandidates,
  type RankWeights,
  type RankedCandidate,
} from '../src/core/rank'
import type { Divergence, Segment } from '../src/core'
import { TOP_N, divergenceMatches, divergencePointsAt, type GoldDivergence } from './lib/eval-score'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const casesDir = resolve(process.env.PARALLAX_DEV_CASES ?? join(root, '..', 'shared', 'dev-cases'))
const weightsPath = join(root, 'src', 'core', 'rank-weights.json')
const FEATURES = Object.keys(RANK_WEIGHTS) as (keyof Features)[]
/** L2 penalty: with about twenty features and a few hundred candidates, weights stay modest. */
const L2 = 0.005
const STEPS = 4000
const RATE = 0.1

interface Pair {
  id: string
  gold: GoldDivergence[]
  candidates: RankedCandidate[]
  focus: string
  lensClaim: string
  segments: Map<string, Segment>
  /** Target per candidate: 1 when it tells a gold divergence, 0.5 when it points at one, else 0. */
  targets: number[]
}

const asDivergence = (u: RankedCandidate) =>
  ({ a: u.a.map((s) => s.id), b: u.b.map((s) => s.id) }) as Divergence

function load(): Pair[] {
  const gold = JSON.parse(readFileSync(join(casesDir, 'gold.json'), 'utf8')) as Record<
    string,
    GoldDivergence[]
  >
  return Object.entries(gold).map(([id, items]) => {
    const text = (side: string) => readFileSync(join(casesDir, `${id}.${side}.txt`), 'utf8')
    const linked = linkAccounts(
      { label: 'A', text: text('A') },
      { label: 'B', text: text('B') },
      {},
      startBudget(),
    )
    const found = scoreCandidates(linked.left, linked.right, linked.lenses, linked.requestedFocus)
    const segments = new Map(
      [...linked.left.passages, ...linked.right.passages].map((s) => [
        s.id,
        { id: s.id, text: s.text } as Segment,
      ]),
    )
    const targets = found.candidates.map((u) => {
      const d = asDivergence(u)
      if (items.some((g) => divergenceMatches(d, g, segments))) return 1
      return items.some((g) => divergencePointsAt(d, g, segments)) ? 0.5 : 0
    })
    return {
      id,
      gold: items,
      candidates: found.candidates,
      focus: found.focus,
      lensClaim: found.lensClaim,
      segments,
      targets,
    }
  })
}

const dot = (w: RankWeights, f: Features) => FEATURES.reduce((n, k) => n + w[k] * f[k], 0)
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x))

function fit(pairs: Pair[]): RankWeights {
  const rows = pairs.flatMap((p) =>
    p.candidates.map((u, k) => ({ f: u.features, y: p.targets[k]! })),
  )
  const w = Object.fromEntries(FEATURES.map((k) => [k, 0])) as RankWeights
  let bias = 0
  for (let step = 0; step < STEPS; step++) {
    const grad = Object.fromEntries(FEATURES.map((k) => [k, 0])) as RankWeights
    let gb = 0
    for (const { f, y } of rows) {
      const err = sigmoid(dot(w, f) + bias) - y
      for (const k of FEATURES) grad[k] += err * f[k]
      gb += err
    }
    for (const k of FEATURES) w[k] -= RATE * (grad[k] / rows.length + L2 * w[k])
    bias -= (RATE * gb) / rows.length
  }
  return Object.fromEntries(FEATURES.map((k) => [k, Math.round(w[k] * 1000) / 1000])) as RankWeights
}

function score(pair: Pair, w: RankWeights) {
  const rescored = pair.candidates.map((u) => applyFocus(u, pair.focus, pair.lensClaim, w))
  const top = rankCandidates(rescored).slice(0, TOP_N).map(asDivergence)
  const found = pair.gold.filter((g) =>
    top.some((d) => divergenceMatches(d, g, pair.segments)),
  ).length
  const pointing = top.filter((d) =>
    pair.gold.some((g) => divergencePointsAt(d, g, pair.segments)),
  ).length
  return { found, pointing, items: top.length, total: pair.gold.length }
}

function report(label: string, results: ReturnType<typeof score>[]): void {
  const sum = (k: keyof ReturnType<typeof score>) => results.reduce((n, r) => n + r[k], 0)
  const pct = (n: number, d: number) => `${Math.round((100 * n) / Math.max(1, d))}%`
  console.log(
    `${label.padEnd(22)} found ${sum('found')}/${sum('total')} (${pct(sum('found'), sum('total'))})` +
      ` · top-${TOP_N} pointing at gold ${sum('pointing')}/${sum('items')} (${pct(sum('pointing'), sum('items'))})`,
  )
}

function main(): void {
  const { values } = parseArgs({ options: { write: { type: 'boolean', default: false } } })
  if (!existsSync(join(casesDir, 'gold.json'))) {
    console.log(`fit-rank: no dev cases at ${casesDir}`)
    return
  }
  const pairs = load()
  report(
    'current weights',
    pairs.map((p) => score(p, RANK_WEIGHTS)),
  )
  const all = fit(pairs)
  report(
    'fitted, in sample',
    pairs.map((p) => score(p, all)),
  )
  report(
    'fitted, leave one out',
    pairs.map((p) => score(p, fit(pairs.filter((q) => q !== p)))),
  )
  console.log(JSON.stringify(all, null, 2))
  if (values.write) {
    const data = JSON.parse(readFileSync(weightsPath, 'utf8')) as { _comment: string }
    writeFileSync(
      weightsPath,
      `${JSON.stringify({ _comment: data._comment, weights: all }, null, 2)}\n`,
    )
    console.log(`written to ${weightsPath}`)
  }
}

main()
