/**
 * From two linked accounts to ranked divergence candidates: build the candidates, score them, choose the
 * focus and see each one through its lens. Kept apart from compare.ts so the ranking can be scored
 * and fitted on its own (scripts/fit-rank.ts) without running the diff and the output mapping.
 */
import type { AnalyzedAccount } from './analyze-account'
import { chooseFocus, countTopics, namedTopics, pairReach } from './focus'
import type { Lenses } from './lens'
import type { Passage } from './passage'
import { applyFocus, scoreCandidate, type RankedCandidate, type RankWeights } from './rank'
import { inverseDocumentFrequency } from './term-space'
import type { TopicCount } from './types'
import { buildCandidates, type Candidate } from './build-candidates'
import { startBudget, type Budget } from './budget'

/** How often (in candidates) the budget is asked. */
const BUDGET_CHECK_EVERY = 64

export interface ScoredCandidates {
  /** Every candidate, scored and seen through the focus lens, not yet ranked. */
  candidates: RankedCandidate[]
  focus: string
  /** The claim kind the focus lens asks about. */
  lensClaim: string
  topics: TopicCount[]
  idf: (term: string) => number
  /** Terms used anywhere in each account. */
  vocabulary: { a: ReadonlySet<string>; b: ReadonlySet<string> }
}

/** Past this many candidates only the likeliest are scored: a list of a hundred divergences is drawn
 * from them, and scoring two hundred thousand one-line passages of a degenerate text costs seconds. */
const MAX_SCORED = 8000

/** What a candidate has going for it before it is scored: a clash, what it claims, how many words. */
function promise(candidate: Candidate): number {
  let claims = 0
  let terms = 0
  for (const side of [candidate.a, candidate.b]) {
    for (const s of side) {
      claims += s.annotation.claimWeight
      terms += s.annotation.terms.length
    }
  }
  return (candidate.clash ? 1000 : 0) + 10 * claims + terms
}

function shortlist(candidates: Candidate[]): Candidate[] {
  if (candidates.length <= MAX_SCORED) return candidates
  return candidates
    .map((u) => ({ u, p: promise(u) }))
    .sort((x, y) => y.p - x.p)
    .slice(0, MAX_SCORED)
    .map((e) => e.u)
}

/** Every term an account uses, without a flat copy of all its terms on the way. */
function vocabularyOf(passages: readonly Passage[]): Set<string> {
  const terms = new Set<string>()
  for (const s of passages) for (const t of s.annotation.terms) terms.add(t)
  return terms
}

export function scoreCandidates(
  left: AnalyzedAccount,
  right: AnalyzedAccount,
  lenses: Lenses,
  requestedFocus: string | undefined,
  budget: Budget = startBudget(),
  weights?: RankWeights,
): ScoredCandidates {
  const all = [...left.passages, ...right.passages]
  const idf = inverseDocumentFrequency(all.map((s) => s.annotation.terms))
  const vocabulary = { a: vocabularyOf(left.passages), b: vocabularyOf(right.passages) }
  const topics = countTopics(left.passages, right.passages, lenses)
  const coverage = all.filter((s) => s.topics.length > 0).length / Math.max(1, all.length)
  const sizes = { a: left.passages.length, b: right.passages.length }
  const context = { idf, vocabulary, lenses, coverage, sizes }
  const scored: RankedCandidate[] = []
  for (const candidate of shortlist(buildCandidates(left.passages, right.passages))) {
    // Scored in the order built (clashes, pairs, then runs told by one side): past the budget the
    // rest go unranked, and the result says it is approximate.
    if (scored.length % BUDGET_CHECK_EVERY === 0 && budget.spent()) break
    scored.push(scoreCandidate(candidate, context, weights))
  }
  const focus = chooseFocus(requestedFocus, pairReach(topics), scored, lenses, namedTopics(all))
  const lensClaim = lenses.get(focus)?.claim ?? 'progress'
  const candidates = scored.map((u) => applyFocus(u, focus, lensClaim, weights))
  return { candidates, focus, lensClaim, topics, idf, vocabulary }
}
