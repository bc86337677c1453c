// npm run eval [-- --json]
// Scores the analysis core on ../shared/dev-cases (or $PARALLAX_DEV_CASES): real paired readouts with the
// divergences a careful reader leads with. Informational: exits 0 whatever the score, unless it crashes.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { compareAccounts, compareMany, type Comparison, type Divergence } from '../src/core'
import { scoreMany, type GoldManyDivergence } from './lib/eval-many'
import {
  TOP_N,
  scorePair,
  scoreTop,
  segmentIndex,
  type GoldDivergence,
  type GoldResult,
  type TopScore,
} from './lib/eval-score'

interface PairResult {
  id: string
  found: number
  total: number
  items: GoldResult[]
  /** How the top five read: what they point at, false and real clashes. */
  score: TopScore
  error?: string
  /** The top divergences, as the core ranked them (for the developer to see why a gold one was missed). */
  top: { topic: string; kind: string; reason: string; a: string[]; b: string[] }[]
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const casesDir = resolve(
  process.env.PARALLAX_DEV_CASES ?? join(repoRoot, '..', 'shared', 'dev-cases'),
)
const multiDir = resolve(
  process.env.PARALLAX_DEV_CASES_MULTI ?? join(repoRoot, '..', 'shared', 'dev-cases-multi'),
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
    reason: d.reason,
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
    return {
      ...base,
      items,
      found: items.filter((r) => r.found).length,
      score: scoreTop(comparison, gold),
      top: topOf(comparison),
    }
  } catch (err) {
    const items = gold.map((g) => ({
      topic: g.topic,
      kind: g.kind,
      found: false,
      rank: null,
      passages: {},
    }))
    const clashes = gold.filter((g) => g.kind === 'contradicts').length
    const score = { items: 0, pointing: 0, falseClashes: 0, clashesLabelled: 0, clashes }
    return { ...base, items, found: 0, score, top: [], error: (err as Error).stack ?? String(err) }
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
  const { pointing, items, falseClashes } = r.score
  console.log(
    `\n${r.id}: found ${r.found}/${r.total} · top ${TOP_N} pointing at gold ${pointing}/${items}` +
      ` · false clashes ${falseClashes}`,
  )
  if (r.error) console.log(`  ERROR: ${r.error.split('\n').slice(0, 4).join('\n  ')}`)
  for (const item of r.items) {
    const mark = item.found ? `FOUND (#${item.rank})` : 'missed'
    console.log(`  ${mark.padEnd(11)} ${item.topic} [${item.kind}]`)
    if (!item.found && !r.error) console.log(`              ${snippetHome(item)}`)
  }
  if (r.error) return
  console.log(`  top ${TOP_N} divergences from the core:`)
  if (r.top.length === 0) console.log('    (none)')
  r.top.forEach((d, i) => {
    console.log(`    ${i + 1}. ${d.topic} [${d.kind}] (a: ${d.a.length}, b: ${d.b.length})`)
    if (d.reason) console.log(`       why: ${clip(d.reason, 110)}`)
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
  const sum = (f: (r: PairResult) => number) => results.reduce((n, r) => n + f(r), 0)
  const totals = {
    found: sum((r) => r.found),
    total: sum((r) => r.total),
    pointing: sum((r) => r.score.pointing),
    items: sum((r) => r.score.items),
    falseClashes: sum((r) => r.score.falseClashes),
    clashesLabelled: sum((r) => r.score.clashesLabelled),
    clashes: sum((r) => r.score.clashes),
  }

  if (values.json) {
    console.log(JSON.stringify({ casesDir, topN: TOP_N, ...totals, pairs: results }, null, 2))
    return
  }
  console.log(`Parallax eval: ${casesDir}`)
  console.log(
    `A gold divergence is found when one of the top ${TOP_N} cites its snippets on each side.`,
  )
  results.forEach(printPair)
  printTable(results, totals)
  evaluateMany()
}

/** The three-account cases: a gold divergence is found when a top-5 divergence cites its snippets in
 * each account it names. */
function evaluateMany(): void {
  const goldPath = join(multiDir, 'gold.json')
  if (!existsSync(goldPath)) {
    console.log(`\neval: no multi-account cases at ${multiDir}; skipping them.`)
    return
  }
  const gold = readJson<Record<string, GoldManyDivergence[]>>(goldPath)
  console.log(`\nMulti-account cases: ${multiDir}`)
  let found = 0
  let total = 0
  for (const [id, items] of Object.entries(gold)) {
    const meta = readJson<{ accounts: { key: string; label: string; text_file: string }[] }>(
      join(multiDir, `${id}.json`),
    )
    const accounts = meta.accounts.map((a) => ({
      label: a.label,
      text: readFileSync(join(multiDir, a.text_file), 'utf8'),
    }))
    const results = scoreMany(compareMany(accounts), items)
    const hits = results.filter((r) => r.found).length
    found += hits
    total += results.length
    console.log(`\n${id}: found ${hits}/${results.length}`)
    for (const r of results) {
      console.log(
        `  ${(r.found ? `FOUND (#${r.rank})` : 'missed').padEnd(11)} ${r.topic} [${r.kind}]`,
      )
    }
  }
  console.log(`\nMULTI TOTAL: ${found}/${total} gold divergences found (${percent(found, total)})`)
}

const percent = (n: number, d: number) => (d ? `${Math.round((100 * n) / d)}%` : '–')

/** The summary as a Markdown table, ready for a closing note. */
function printTable(results: PairResult[], t: Record<string, number>): void {
  console.log(
    `\n| pair | gold found in top ${TOP_N} | top-${TOP_N} items pointing at gold | false clashes | gold clashes labelled |`,
  )
  console.log('|---|---:|---:|---:|---:|')
  for (const r of results) {
    const s = r.score
    console.log(
      `| ${r.id} | ${r.found}/${r.total} | ${s.pointing}/${s.items} | ${s.falseClashes} | ${s.clashesLabelled}/${s.clashes} |`,
    )
  }
  console.log(
    `| **total** | **${t.found}/${t.total} (${percent(t.found!, t.total!)})** | **${t.pointing}/${t.items} (${percent(t.pointing!, t.items!)})** | **${t.falseClashes}** | **${t.clashesLabelled}/${t.clashes} (${percent(t.clashesLabelled!, t.clashes!)})** |`,
  )
  console.log(
    `\nTOTAL: ${t.found}/${t.total} gold divergences found (${percent(t.found!, t.total!)})`,
  )
}

main()
