/**
 * The one entry point: two accounts in, a Comparison out.
 * normalize → segment → annotate → align → label → rank divergences → diff (jsdiff) per pair.
 */
import { analyzeAccount } from './analyze-account'
import { startBudget } from './budget'
import { diffPair, type LocalPiece } from './diff-pair'
import { toDivergence } from './divergence'
import { chooseFocus, countTopics } from './focus'
import { reportLanguages } from './language'
import { CUSTOM, buildLenses } from './lens'
import { linkSentences } from './link-sentences'
import { applyFocus, rankUnits, scoreUnit } from './rank'
import { resolveEdits } from './reader-edits'
import type { Sentence } from './sentence'
import { buildCorpus } from './similarity'
import { toSegment } from './to-segment'
import type { Account, CompareOptions, Comparison } from './types'
import { buildUnits } from './units'

/** A reader leads with a handful; past a hundred, a list stops being read and only costs time. */
const MAX_DIVERGENCES = 100

export function compareAccounts(a: Account, b: Account, options: CompareOptions = {}): Comparison {
  const budget = startBudget(options.budgetMs, options.onProgress, options.now)
  const keywords = options.keywords?.map((k) => k.trim()).filter(Boolean) ?? []
  const lenses = buildLenses(keywords)
  const language = reportLanguages(a.text, b.text)

  const left = analyzeAccount(a.text, 'a', lenses)
  budget.progress(0.25)
  const right = analyzeAccount(b.text, 'b', lenses)
  budget.progress(0.5)
  const identical = left.normalized.text === right.normalized.text
  const names = new Set([...left.nameWords, ...right.nameWords])
  const reader = resolveEdits(options.edits, left, right)
  linkSentences(left.sentences, right.sentences, names, lenses, identical, reader)
  budget.progress(0.7)

  const all = [...left.sentences, ...right.sentences]
  const idfMap = buildCorpus(all.map((s) => s.annotation.terms)).idf
  const idf = (t: string) => idfMap.get(t) ?? 0
  const vocabulary = {
    a: new Set(left.sentences.flatMap((s) => s.annotation.terms)),
    b: new Set(right.sentences.flatMap((s) => s.annotation.terms)),
  }
  const topics = countTopics(left.sentences, right.sentences, lenses)
  const units = buildUnits(left.sentences, right.sentences)
  const requested = options.focus ?? (keywords.length ? CUSTOM : undefined)
  const scored = units.map((u) => scoreUnit(u, { idf, vocabulary, lenses }))
  const focus = chooseFocus(requested, topics, scored, lenses)
  const lensClaim = lenses.get(focus)?.claim ?? 'progress'
  const ranked = rankUnits(scored.map((u) => applyFocus(u, focus, lensClaim))).slice(
    0,
    MAX_DIVERGENCES,
  )
  const labels = { a: a.label, b: b.label }
  const divergences = ranked.map((u, k) => toDivergence(u, k, { labels, lensClaim, idf, lenses }))
  budget.progress(0.8)

  // jsdiff marks come last: they are what a tight budget can go without.
  const marks = diffMarks(budget, all.length)
  const segments = (own: typeof left, others: Sentence[], original: string) =>
    own.sentences.map((s) => {
      const first = s.counterparts[0]
      const local = first ? marks(s, others[first.index]!) : []
      return toSegment(s, local, others, own.normalized, original)
    })
  const result: Comparison = {
    segments: {
      a: segments(left, right.sentences, a.text),
      b: segments(right, left.sentences, b.text),
    },
    divergences,
    focus,
    focusLabel: lenses.get(focus)?.lens ?? 'All topics',
    topics,
    identical,
    approximate: budget.exceeded,
    language,
  }
  budget.progress(1)
  return result
}

/** Word marks per aligned pair, computed once per pair and skipped once the budget is spent. */
function diffMarks(budget: ReturnType<typeof startBudget>, total: number) {
  const cache = new Map<string, { a: LocalPiece[]; b: LocalPiece[] }>()
  let done = 0
  return (x: Sentence, y: Sentence): LocalPiece[] => {
    budget.progress(0.8 + (0.2 * ++done) / Math.max(1, total))
    const [p, q] = x.side === 'a' ? [x, y] : [y, x]
    const key = `${p.index}:${q.index}`
    let result = cache.get(key)
    if (!result) {
      if (budget.spent()) return []
      result = diffPair(p.text, q.text)
      cache.set(key, result)
    }
    return x.side === 'a' ? result.a : result.b
  }
}
