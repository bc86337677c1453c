/**
 * What the ranking knows about a divergence candidate, as named numbers: its kind, the claims it
 * carries, what only one side says, and what makes a poor lead. rank.ts weighs them; the weights are
 * fitted on the dev cases (scripts/fit-rank.ts), so each feature here says one thing a reader can name.
 */
import type { Lenses } from './lens'
import { STOPWORDS, claimRole } from './lexicons'
import { isStatedQuantity } from './figures'
import { endsMidPhrase, isEditorial } from './passage-quality'
import type { Passage } from './passage'
import type { AccountKey } from './types'
import type { Candidate } from './build-candidates'

export interface FeatureContext {
  /** idf of a similarity term over both accounts. */
  idf: (term: string) => number
  /** Terms used anywhere in each side's accounts: what `a`'s passages say that `b` never does. */
  vocabulary: { a: { has(term: string): boolean }; b: { has(term: string): boolean } }
  lenses: Lenses
  /** Share of all passages that carry some topic: where the topic lexicon covers little of a pair
   * (a strike, a court ruling), a passage without a topic is no less news. */
  coverage: number
  /** Number of passages in each account, for where a passage stands. */
  sizes: Partial<Record<AccountKey, number>>
}

export interface Features {
  /** The kind of candidate: a clash, the same thing told differently, or one side only. */
  contradicts: number
  reframed: number
  lone: number
  /** How sure the clash is (0..1), and whether it is over the verdict on the talks. */
  clash: number
  verdictClash: number
  /** Claims the candidate's passages make (1 if any passage makes one). */
  demand: number
  commitment: number
  accusation: number
  warning: number
  willingness: number
  outcome: number
  verdict: number
  figure: number
  initiative: number
  /** Only courtesy, history or how the call was held: no claim worth leading with. */
  noise: number
  /** Every passage an editor's bracketed note or a stage direction. */
  editorial: number
  /** Every passage stopping mid-phrase. */
  fragment: number
  /** Idf mass of words the other account never uses, scaled and capped. */
  fresh: number
  /** Names only one side brings up ("the Vatican"), capped. */
  names: number
  /** How much the candidate's topic matters to a news reader (topics.json), 0..1. */
  salience: number
  /** For a reframing: how differently the pair is worded (1.2 − cosine, 0.2..1). */
  difference: number
  /** For a reframing: both sides give the talks the same verdict ("it went very well" / "very
   * useful"), so the two accounts agree on the point a reader would look for. */
  sameVerdict: number
  /** How early the candidate's first passage stands in its account, 1 at the top, 0 at the end. */
  early: number
  /** On the focus topic, and carrying the claim its lens asks about (set by rank.ts applyFocus). */
  focus: number
  lens: number
}

/** Salience of a candidate with no topic where the lexicon covers the whole pair; it rises to 1 as
 * the share of passages with a topic falls to none. */
const OTHER_SALIENCE = 0.5
const FRESH_DIVISOR = { lone: 6, paired: 10 }
const FRESH_CAP = 2.5
const NAMES_CAP = 3

/** The topic a candidate is about: own topics count fully, carried ones half. */
export function candidateTopic(candidate: Candidate): string {
  const tally = new Map<string, number>()
  for (const side of [candidate.a, candidate.b]) {
    for (const s of side) {
      for (let rank = 0; rank < s.topics.length; rank++) {
        const t = s.topics[rank]!
        tally.set(t, (tally.get(t) ?? 0) + (s.topicsCarried ? 0.5 : 1) / (rank + 1))
      }
    }
  }
  // The heaviest, the first tallied among equals (as a stable sort would put it).
  let best = 'other'
  let most = -Infinity
  for (const [t, weight] of tally) {
    if (weight > most) [best, most] = [t, weight]
  }
  return best
}

/** Idf mass of terms the other account never uses: what only this side tells. */
function novelty(
  passages: readonly Passage[],
  other: { has(term: string): boolean },
  idf: (t: string) => number,
): number {
  const seen = new Set<string>()
  let sum = 0
  for (const s of passages) {
    for (const t of s.annotation.terms) {
      if (!other.has(t) && !seen.has(t)) sum += idf(t)
      seen.add(t)
    }
  }
  return sum
}

/** Names (capitalized words inside a sentence) the other account never uses. */
function novelNames(passages: readonly Passage[], other: { has(term: string): boolean }): number {
  const names = new Set<string>()
  for (const s of passages) {
    const tokens = s.annotation.tokens
    for (let k = 1; k < tokens.length; k++) {
      const t = tokens[k]!
      const isName = t.capitalized && t.word.length > 2 && t.term !== ''
      if (isName && !other.has(t.term) && !STOPWORDS.has(t.word)) names.add(t.term)
    }
  }
  return names.size
}

const CLAIM_FEATURES: Record<string, keyof Features> = {
  demand: 'demand',
  commitment: 'commitment',
  accusation: 'accusation',
  // A denial answers a charge, and is as much news as the charge.
  denial: 'accusation',
  warning: 'warning',
  willingness: 'willingness',
  progress: 'outcome',
  settlement: 'outcome',
  assessment: 'verdict',
  initiative: 'initiative',
}

/** The sign of the verdicts on the talks the passages assert: +1, -1, or 0 for none or mixed. */
function verdictOf(passages: readonly Passage[]): number {
  let sum = 0
  for (const s of passages) {
    for (const c of s.annotation.claims) {
      if (c.kind === 'assessment' && c.mode !== 'hedged' && c.time !== 'past') sum += c.polarity
    }
  }
  return Math.sign(sum)
}

const isSubstantive = (s: Passage) =>
  s.annotation.figures.length > 0 || s.annotation.claims.some((c) => claimRole(c.kind) === 'claim')

/** Where a passage stands in its account: 0 at the top, 1 at the end. */
function positionOf(s: Passage, sizes: FeatureContext['sizes']): number {
  return s.index / Math.max(1, (sizes[s.side] ?? 1) - 1)
}

export function candidateFeatures(
  candidate: Candidate,
  ctx: FeatureContext,
): { topic: string; features: Features } {
  const topic = candidateTopic(candidate)
  const members = [...candidate.a, ...candidate.b]
  const lone = candidate.kind === 'only-a' || candidate.kind === 'only-b'
  const fresh =
    (novelty(candidate.a, ctx.vocabulary.b, ctx.idf) +
      novelty(candidate.b, ctx.vocabulary.a, ctx.idf)) /
    (lone ? FRESH_DIVISOR.lone : FRESH_DIVISOR.paired)
  let similarity = 0
  let first = Infinity
  for (const s of members) {
    similarity = Math.max(similarity, s.counterparts[0]?.cosine ?? 0)
    first = Math.min(first, positionOf(s, ctx.sizes))
  }
  const other = OTHER_SALIENCE + (1 - OTHER_SALIENCE) * (1 - ctx.coverage)
  const features: Features = {
    contradicts: Number(candidate.kind === 'contradicts'),
    reframed: Number(candidate.kind === 'reframed'),
    lone: Number(lone),
    clash: candidate.clash?.strength ?? 0,
    verdictClash: Number(candidate.clash?.rule === 'assessment'),
    demand: 0,
    commitment: 0,
    accusation: 0,
    warning: 0,
    willingness: 0,
    outcome: 0,
    verdict: 0,
    figure: Number(members.some((s) => s.annotation.figures.some(isStatedQuantity))),
    initiative: 0,
    noise: Number(!members.some(isSubstantive) && members.some((s) => s.annotation.noise.size > 0)),
    editorial: Number(members.every((s) => isEditorial(s.text))),
    fragment: Number(members.every((s) => endsMidPhrase(s.text))),
    fresh: Math.min(FRESH_CAP, fresh),
    names: Math.min(
      NAMES_CAP,
      novelNames(candidate.a, ctx.vocabulary.b) + novelNames(candidate.b, ctx.vocabulary.a),
    ),
    salience: candidate.clash ? 1 : (ctx.lenses.get(topic)?.salience ?? other),
    difference: candidate.kind === 'reframed' ? Math.min(1, Math.max(0.2, 1.2 - similarity)) : 0,
    sameVerdict: Number(
      candidate.kind === 'reframed' &&
        verdictOf(candidate.a) !== 0 &&
        verdictOf(candidate.a) === verdictOf(candidate.b),
    ),
    early: 1 - first,
    focus: 0,
    lens: 0,
  }
  for (const s of members) {
    for (const c of s.annotation.claims) {
      const key = CLAIM_FEATURES[c.kind]
      if (key) features[key] = 1
    }
  }
  return { topic, features }
}
