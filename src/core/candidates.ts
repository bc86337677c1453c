/**
 * From two linked accounts to ranked divergence candidates: build the units, score them, choose the
 * focus and see each one through its lens. Kept apart from compare.ts so the ranking can be scored
 * and fitted on its own (scripts/fit-rank.ts) without running the diff and the output mapping.
 */
import type { AnalyzedAccount } from './analyze-account'
import { chooseFocus, countTopics } from './focus'
import type { Lenses } from './lens'
import { applyFocus, scoreUnit, type RankedUnit, type RankWeights } from './rank'
import { buildCorpus } from './similarity'
import type { TopicCount } from './types'
import { buildUnits } from './units'

export interface Candidates {
  /** Every candidate, scored and seen through the focus lens, not yet ranked. */
  units: RankedUnit[]
  focus: string
  /** The claim kind the focus lens asks about. */
  lensClaim: string
  topics: TopicCount[]
  idf: (term: string) => number
}

export function findCandidates(
  left: AnalyzedAccount,
  right: AnalyzedAccount,
  lenses: Lenses,
  requestedFocus: string | undefined,
  weights?: RankWeights,
): Candidates {
  const all = [...left.sentences, ...right.sentences]
  const idfMap = buildCorpus(all.map((s) => s.annotation.terms)).idf
  const idf = (t: string) => idfMap.get(t) ?? 0
  const vocabulary = {
    a: new Set(left.sentences.flatMap((s) => s.annotation.terms)),
    b: new Set(right.sentences.flatMap((s) => s.annotation.terms)),
  }
  const topics = countTopics(left.sentences, right.sentences, lenses)
  const coverage = all.filter((s) => s.topics.length > 0).length / Math.max(1, all.length)
  const sizes = { a: left.sentences.length, b: right.sentences.length }
  const context = { idf, vocabulary, lenses, coverage, sizes }
  const scored = buildUnits(left.sentences, right.sentences).map((u) =>
    scoreUnit(u, context, weights),
  )
  const focus = chooseFocus(requestedFocus, topics, scored, lenses)
  const lensClaim = lenses.get(focus)?.claim ?? 'progress'
  const units = scored.map((u) => applyFocus(u, focus, lensClaim, weights))
  return { units, focus, lensClaim, topics, idf }
}
