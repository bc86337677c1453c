// npm run eval [-- --json]
// Scores the analysis core on ../shared/dev-cases (or $PARALLAX_DEV_CASES): real paired readouts with the
// divergences a careful reader leads with. Informational: exits 0 whatever the score, unless it crashes.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { compareAccounts, type Comparison, type Divergence } from '../src/core'
import {
  TOP_N,
  scorePair,
  segmentIndex,
  type GoldDivergence,
  type GoldResult,
} from './lib/eval-score'

interface PairResult {
  id: string
  found: number
  total: number
  items: GoldResult[]
  error?: string
  /** The top divergences, as the core ranked them (for the developer to see why a gold one was missed). */
  top: { topic: string; kind: string; a: string[]; b: string[] }[]
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const casesDir = resolve(
  process.env.PARALLAX_DEV_CASES ?? join(repoRoot, '..', 'shared', 'dev-cases'),
)

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T
}

function labels(id: string): { a: string; b: string } {
  const path = join(casesDir, `${id}.json`)
  if (!existsSync(path)) return { a: 'A', b: 'B' }
  const meta = readJson<{ a?: { label?: string }; b?: { label?: string } }>(path)
  return { a: meta.a?.label || 'A', b: meta.b?.label || 'B' }
}

function clip(text: string, n = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat
}

function topOf(comparison: Comparison): PairResult['top'] {
  const segments = segmentIndex(comparison)
  const texts = (ids: string[]) => ids.map((id) => segments.get(id)?.text ?? `?${id}`)
  return comparison.divergences.slice(0, TOP_N).map((d: Divergence) => ({
    topic: d.topicLabel || d.topic,
    kind: d.kind,
    a: texts(d.a),
    b: texts(d.b),
  }))
}

function evaluatePair(id: string, gold: GoldDivergence[]): PairResult {
  const base = { id, total: gold.length }
  try {
    const a = readFileSync(join(casesDir, `${id}.A.txt`), 'utf8')
    const b = readFileSync(join(casesDir, `${id}.B.txt`), 'utf8')
    const l = labels(id)
    const comparison = compareAccounts({ label: l.a, text: a }, { label: l.b, text: b })
    const items = scorePair(comparison, gold)
    return { ...base, items, found: items.filter((r) => r.found).length, top: topOf(comparison) }
  } catch (err) {
    const items = gold.map((g) => ({
      topic: g.topic,
      kind: g.kind,
      found: false,
      rank: null,
      passages: {},
    }))
    return { ...base, items, found: 0, top: [], error: (err as Error).stack ?? String(err) }
  }
}

/** Where the gold's snippets sit, so a miss can be told apart from a segmentation problem. */
function snippetHome(item: GoldResult): string {
  return Object.entries(item.passages)
    .map(([side, ids]) => {
      const where = ids.length ? `snippets in ${ids.join(' ')}` : 'no passage holds a snippet'
      return `${side}: ${where}`
    })
    .join('; ')
}

function printPair(r: PairResult): void {
  console.log(`\n${r.id}: ${r.found}/${r.total}`)
  if (r.error) console.log(`  ERROR: ${r.error.split('\n').slice(0, 4).join('\n  ')}`)
  for (const item of r.items) {
    const mark = item.found ? `FOUND (#${item.rank})` : 'missed'
    console.log(`  ${mark.padEnd(11)} ${item.topic} [${item.kind}]`)
    if (!item.found && !r.error) console.log(`              ${snippetHome(item)}`)
  }
  if (r.error || r.items.every((i) => i.found)) return
  console.log(`  top ${TOP_N} divergences from the core:`)
  if (r.top.length === 0) console.log('    (none)')
  r.top.forEach((d, i) => {
    console.log(`    ${i + 1}. ${d.topic} [${d.kind}] (a: ${d.a.length}, b: ${d.b.length})`)
    if (d.a[0] !== undefined) console.log(`       a: ${clip(d.a[0])}`)
    if (d.b[0] !== undefined) console.log(`       b: ${clip(d.b[0])}`)
  })
}

function main(): void {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } })
  const goldPath = join(casesDir, 'gold.json')
  if (!existsSync(goldPath)) {
    console.log(`eval: no dev cases at ${casesDir} (set PARALLAX_DEV_CASES); skipping.`)
    return
  }
  const gold = readJson<Record<string, GoldDivergence[]>>(goldPath)
  const results = Object.entries(gold).map(([id, items]) => evaluatePair(id, items))
  const found = results.reduce((n, r) => n + r.found, 0)
  const total = results.reduce((n, r) => n + r.total, 0)

  if (values.json) {
    console.log(JSON.stringify({ casesDir, topN: TOP_N, found, total, pairs: results }, null, 2))
    return
  }
  console.log(`Parallax eval: ${casesDir}`)
  console.log(
    `A gold divergence is found when one of the top ${TOP_N} cites its snippets on each side.`,
  )
  results.forEach(printPair)
  const pct = total ? Math.round((100 * found) / total) : 0
  console.log(`\nTOTAL: ${found}/${total} gold divergences found (${pct}%)`)
}

main()
