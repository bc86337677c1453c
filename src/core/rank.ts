/**
 * Ranks divergence candidates the way a correspondent leads: a clash over the verdict on the talks
 * first, then the focus lens, then by a score that weighs what a candidate is (a clash, a reframing, a
 * claim told by one side only), what it claims (a demand, a commitment, an accusation, a figure…),
 * what only one side says, and what makes a poor lead (courtesy, history, editors' notes, fragments).
 * The score is a weighted sum of named features (rank-features.ts); the weights live in
 * rank-weights.json, fitted on the dev cases by `npm run fit-rank`. Later picks on a topic and kind
 * already covered are discounted, so the top five span the story.
 */
import { claimFamily } from './lexicons'
import { candidateFeatures, type FeatureContext, type Features } from './rank-features'
import weightsData from './rank-weights.json'
import type { Candidate } from './build-candidates'
import type { Passage } from './passage'

export type ScoreContext = FeatureContext

export interface RankedCandidate extends Candidate {
  topic: string
  score: number
  /** True when a passage of the candidate is on the focus topic. */
  focus: boolean
  /** True when it is on the focus topic and carries the claim the focus lens asks about. */
  lens: boolean
  features: Features
}

export type RankWeights = Record<keyof Features, number>

/** The fitted weights, one per feature (see rank-features.ts for what each one measures). */
export const RANK_WEIGHTS = weightsData.weights as RankWeights

/** Each earlier candidate of the same topic and kind multiplies the score by this. */
export const REPEAT_DISCOUNT = 0.75

export function scoreFeatures(features: Features, weights: RankWeights = RANK_WEIGHTS): number {
  let score = 0
  // for…in walks the keys in Object.keys order without building their array per candidate.
  for (const key in weights) {
    score += weights[key as keyof Features] * features[key as keyof Features]
  }
  return score
}

/** How much a candidate matters on its own, before any focus: computed once per comparison. */
export function scoreCandidate(
  candidate: Candidate,
  ctx: ScoreContext,
  weights?: RankWeights,
): RankedCandidate {
  const { topic, features } = candidateFeatures(candidate, ctx)
  // Copied field by field: a spread of the candidate cost more than scoring it on a long text. A
  // field added to Candidate must be added here (the compiler asks for it unless it is optional).
  return {
    kind: candidate.kind,
    a: candidate.a,
    b: candidate.b,
    clash: candidate.clash,
    topic,
    features,
    score: scoreFeatures(features, weights),
    focus: false,
    lens: false,
  }
}

/** Whether a passage on either side passes the test, without a list of both sides built for it. */
function anyPassage(candidate: Candidate, test: (s: Passage) => boolean): boolean {
  return candidate.a.some(test) || candidate.b.some(test)
}

/** The candidate seen through the focus lens: on its topic, and carrying the claim it asks about. */
export function applyFocus(
  candidate: RankedCandidate,
  focus: string,
  lensClaim: string,
  weights: RankWeights = RANK_WEIGHTS,
): RankedCandidate {
  const onFocus = anyPassage(candidate, (s) => s.topics.includes(focus))
  const lens =
    onFocus &&
    anyPassage(candidate, (s) => s.annotation.claims.some((c) => claimFamily(c.kind) === lensClaim))
  // Updated in place: a long text has tens of thousands of candidates, and copies cost more than the rest.
  candidate.features.focus = Number(onFocus)
  candidate.features.lens = Number(lens)
  candidate.score = scoreFeatures(candidate.features, weights)
  candidate.focus = onFocus
  candidate.lens = lens
  return candidate
}

/**
 * Lead with a clash over the verdict on the talks (unless the reader made a lens of their own words:
 * then what they asked about leads), else the best candidate on the focus lens, then the
 * rest by score, each discounted by how many candidates of the same topic and kind rank above it. Within
 * one topic and kind the order is by score, so the n-th candidate's discount is known up front and one
 * sort does what a greedy pick would.
 */
export function rankCandidates(
  candidates: readonly RankedCandidate[],
  { verdictFirst = true }: { verdictFirst?: boolean } = {},
): RankedCandidate[] {
  const pool = [...candidates].sort((x, y) => y.score - x.score)
  const lead =
    (verdictFirst ? pool.find((u) => u.clash?.rule === 'assessment') : undefined) ??
    pool.find((u) => u.lens && u.kind === 'contradicts') ??
    pool.find((u) => u.lens) ??
    pool.find((u) => u.focus)
  // Repeats are counted per topic and kind: on a call about the war, a contradiction and a demand
  // only one side voices are two stories, two more contradictions on it are one.
  const keyOf = (u: RankedCandidate) => `${u.topic}/${u.kind}`
  const seen = new Map<string, number>()
  if (lead) seen.set(keyOf(lead), 1)
  // Scores can be negative; the discount pulls toward zero from whichever side.
  const discounted = (score: number, repeats: number) =>
    score >= 0 ? score * REPEAT_DISCOUNT ** repeats : score - repeats
  const rest = pool
    .filter((u) => u !== lead)
    .map((u) => {
      const repeats = seen.get(keyOf(u)) ?? 0
      seen.set(keyOf(u), repeats + 1)
      return { u, effective: discounted(u.score, repeats) }
    })
    .sort((x, y) => y.effective - x.effective)
    .map((e) => e.u)
  return lead ? [lead, ...rest] : rest
}
