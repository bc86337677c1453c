/**
 * The one entry point: two accounts in, a Comparison out.
 * normalize → segment → annotate → align → label → rank divergences → diff (jsdiff) per pair.
 */
import { analyzeAccount, keepTopicsInContext } from './analyze-account'
import { startBudget, type Budget } from './budget'
import { WordNumbering, diffPair, type LocalPiece } from './diff-pair'
import { toDivergence } from './divergence'
import { reportLanguages } from './language'
import { CUSTOM, buildLenses } from './lens'
import { pairPassages } from './pair-passages'
import { scoreCandidates } from './score-candidates'
import { rankCandidates } from './rank'
import { resolveEdits } from './reader-edits'
import type { Passage } from './passage'
import { looksCutOff } from './passage-quality'
import { toSegment } from './to-segment'
import type { Account, CompareOptions, Comparison } from './types'

/** A reader leads with a handful; past a hundred, a list stops being read and only costs time. */
const MAX_DIVERGENCES = 100

/** Both accounts read and their passages paired: the first half of the pipeline. */
export function linkAccounts(a: Account, b: Account, options: CompareOptions, budget: Budget) {
  const keywords = options.keywords?.map((k) => k.trim()).filter(Boolean) ?? []
  const lenses = buildLenses(keywords)
  const left = analyzeAccount(a.text, 'a', lenses, budget, (d) => budget.progress(0.25 * d))
  budget.progress(0.25)
  const right = analyzeAccount(b.text, 'b', lenses, budget, (d) => budget.progress(0.25 + 0.25 * d))
  budget.progress(0.5)
  keepTopicsInContext([left, right], options.focus)
  const identical = left.normalized.text === right.normalized.text
  const names = new Set([...left.nameWords, ...right.nameWords])
  const reader = resolveEdits(options.edits, left, right)
  pairPassages(left.passages, right.passages, names, lenses, identical, reader, budget)
  budget.progress(0.7)
  const requestedFocus = options.focus ?? (keywords.length ? CUSTOM : undefined)
  return { left, right, lenses, identical, requestedFocus }
}

/** Share of the time budget the analysis may use; the rest is kept for putting the result together
 * (mapping every passage back to the reader's text), which cannot be skipped. */
const ANALYSIS_SHARE = 0.6

export function compareAccounts(a: Account, b: Account, options: CompareOptions = {}): Comparison {
  const budgetMs = options.budgetMs === undefined ? undefined : options.budgetMs * ANALYSIS_SHARE
  const budget = startBudget(budgetMs, options.onProgress, options.now)
  const language = reportLanguages(a.text, b.text)
  const { left, right, lenses, identical, requestedFocus } = linkAccounts(a, b, options, budget)
  const all = [...left.passages, ...right.passages]
  const { candidates, focus, lensClaim, topics, idf, vocabulary } = scoreCandidates(
    left,
    right,
    lenses,
    requestedFocus,
  )
  const ranked = rankCandidates(candidates, { verdictFirst: focus !== CUSTOM }).slice(
    0,
    MAX_DIVERGENCES,
  )
  const labels = { a: a.label, b: b.label }
  const cutOff = { a: looksCutOff(left.passages), b: looksCutOff(right.passages) }
  const divergences = ranked.map((u, k) =>
    toDivergence(u, k, { labels, lensClaim, idf, lenses, cutOff, vocabulary }),
  )
  budget.progress(0.8)

  // jsdiff marks come last: they are what a tight budget can go without.
  const marks = diffMarks(budget, all.length)
  const segments = (own: typeof left, others: Passage[], original: string) =>
    own.passages.map((s) => {
      const first = s.counterparts[0]
      const local = first ? marks(s, others[first.index]!) : []
      return toSegment(s, local, others, own.normalized, original)
    })
  const result: Comparison = {
    segments: {
      a: segments(left, right.passages, a.text),
      b: segments(right, left.passages, b.text),
    },
    divergences,
    focus,
    focusLabel: lenses.get(focus)?.lens ?? 'All topics',
    topics,
    identical,
    approximate: budget.exceeded,
    cutOff,
    language,
  }
  budget.progress(1)
  return result
}

/** Word marks per aligned pair, computed once per pair and skipped once the budget is spent. */
function diffMarks(budget: ReturnType<typeof startBudget>, total: number) {
  // Keyed by the pair's indices as one number (unique: an index is below `total`, the passages of both
  // accounts): a string key per passage cost more than the lookup.
  const cache = new Map<number, { a: LocalPiece[]; b: LocalPiece[] }>()
  const numbering = new WordNumbering()
  let done = 0
  return (x: Passage, y: Passage): LocalPiece[] => {
    budget.progress(0.8 + (0.2 * ++done) / Math.max(1, total))
    const [p, q] = x.side === 'a' ? [x, y] : [y, x]
    const key = p.index * total + q.index
    let result = cache.get(key)
    if (!result) {
      if (budget.spent()) return []
      result = diffPair(p.text, q.text, p.annotation.tokens, q.annotation.tokens, numbering)
      cache.set(key, result)
    }
    return x.side === 'a' ? result.a : result.b
  }
}
