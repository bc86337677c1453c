/**
 * From two linked accounts to ranked divergence candidates: build the units, score them, choose the
 * focus and see each one through its lens. Kept apart from compare.ts so the ranking can be scored
 * and fitted on its own (scripts/fit-rank.ts) without running the diff and the output mapping.
 */
import type { AnalyzedAccount } from './analyze-account'
import { chooseFocus, countTopics } from './focus'
import type { Lenses } from './lens'
import { applyFocus, scoreUnit, type RankedUnit, type RankWeights } from './rank'
import { inverseDocumentFrequency } from './similarity-join'
import type { TopicCount } from './types'
import { buildUnits, type Unit } from './units'
import { startBudget, type Budget } from './budget'

/** How often (in candidates) the budget is asked. */
const BUDGET_CHECK_EVERY = 64

export interface Candidates {
  /** Every candidate, scored and seen through the focus lens, not yet ranked. */
  units: RankedUnit[]
  focus: string
  /** The claim kind the focus lens asks about. */
  lensClaim: string
  topics: TopicCount[]
  idf: (term: string) => number
}

/** Past this many candidates only the likeliest are scored: a list of a hundred divergences is drawn
 * from them, and scoring two hundred thousand one-line passages of a degenerate text costs seconds. */
const MAX_SCORED = 8000

/** What a candidate has going for it before it is scored: a clash, what it claims, how many words. */
function promise(unit: Unit): number {
  let claims = 0
  let terms = 0
  for (const s of [...unit.a, ...unit.b]) {
    claims += s.annotation.claimWeight
    terms += s.annotation.terms.length
  }
  return (unit.clash ? 1000 : 0) + 10 * claims + terms
}

function shortlist(units: Unit[]): Unit[] {
  if (units.length <= MAX_SCORED) return units
  return units
    .map((u) => ({ u, p: promise(u) }))
    .sort((x, y) => y.p - x.p)
    .slice(0, MAX_SCORED)
    .map((e) => e.u)
}

export function findCandidates(
  left: AnalyzedAccount,
  right: AnalyzedAccount,
  lenses: Lenses,
  requestedFocus: string | undefined,
  budget: Budget = startBudget(),
  weights?: RankWeights,
): Candidates {
  const all = [...left.sentences, ...right.sentences]
  const idf = inverseDocumentFrequency(all.map((s) => s.annotation.terms))
  const vocabulary = {
    a: new Set(left.sentences.flatMap((s) => s.annotation.terms)),
    b: new Set(right.sentences.flatMap((s) => s.annotation.terms)),
  }
  const topics = countTopics(left.sentences, right.sentences, lenses)
  const coverage = all.filter((s) => s.topics.length > 0).length / Math.max(1, all.length)
  const sizes = { a: left.sentences.length, b: right.sentences.length }
  const context = { idf, vocabulary, lenses, coverage, sizes }
  const scored: RankedUnit[] = []
  for (const unit of shortlist(buildUnits(left.sentences, right.sentences))) {
    // Scored in the order built (clashes, pairs, then runs told by one side): past the budget the
    // rest go unranked, and the result says it is approximate.
    if (scored.length % BUDGET_CHECK_EVERY === 0 && budget.spent()) break
    scored.push(scoreUnit(unit, context, weights))
  }
  const focus = chooseFocus(requestedFocus, topics, scored, lenses)
  const lensClaim = lenses.get(focus)?.claim ?? 'progress'
  const units = scored.map((u) => applyFocus(u, focus, lensClaim, weights))
  return { units, focus, lensClaim, topics, idf }
}
