/**
 * Ranks divergence candidates the way a journalist leads: the focus lens first, then what is
 * contradicted or told by one side only, weighted by how much the passages assert, how much they
 * say that the other account never mentions, and how much the topic matters. Later picks on a
 * topic already covered are discounted, so the top five span the story.
 */
import type { Lenses } from './lens'
import { STOPWORDS } from './lexicons'
import type { Sentence } from './sentence'
import type { Unit } from './units'

export interface ScoreContext {
  /** idf of a similarity term over both accounts. */
  idf: (term: string) => number
  /** Terms used anywhere in each account. */
  vocabulary: { a: Set<string>; b: Set<string> }
  lenses: Lenses
}

export interface RankedUnit extends Unit {
  topic: string
  score: number
  focus: boolean
  lens: boolean
}

const KIND_BASE = { contradicts: 2.5, reframed: 0.8, 'only-a': 1, 'only-b': 1 } as const
const OTHER_SALIENCE = 0.5
const REPEAT_DISCOUNT = 0.75
const FOCUS_BOOST = 1.1
const LENS_BOOST = 1.1

/** The topic a unit is about: own topics count fully, carried ones half. */
export function unitTopic(unit: Unit): string {
  const tally = new Map<string, number>()
  for (const s of [...unit.a, ...unit.b]) {
    s.topics.forEach((t, rank) => {
      const weight = (s.topicsCarried ? 0.5 : 1) / (rank + 1)
      tally.set(t, (tally.get(t) ?? 0) + weight)
    })
  }
  return [...tally].sort((x, y) => y[1] - x[1])[0]?.[0] ?? 'other'
}

/** Idf mass of terms the other account never uses: what only this side tells. */
function novelty(
  sentences: readonly Sentence[],
  other: Set<string>,
  idf: (t: string) => number,
): number {
  const seen = new Set<string>()
  let sum = 0
  for (const s of sentences) {
    for (const t of s.annotation.terms) {
      if (!other.has(t) && !seen.has(t)) sum += idf(t)
      seen.add(t)
    }
  }
  return sum
}

/** Names (capitalized words inside a sentence) the other account never uses: "the Vatican",
 * "Xinjiang". A place or party only one side brings up is news. */
function novelNames(sentences: readonly Sentence[], other: Set<string>): number {
  const names = new Set<string>()
  for (const s of sentences) {
    s.annotation.tokens.forEach((t, k) => {
      const isName = k > 0 && t.capitalized && t.word.length > 2 && t.term !== ''
      if (isName && !other.has(t.term) && !STOPWORDS.has(t.word)) names.add(t.term)
    })
  }
  return names.size
}

function claimStrength(sentences: readonly Sentence[]): number {
  return Math.min(6, Math.max(0, ...sentences.map((s) => s.annotation.claimWeight)))
}

function hasLensClaim(unit: Unit, family: string): boolean {
  return [...unit.a, ...unit.b].some((s) => s.annotation.claims.some((c) => c.kind === family))
}

/** How much a unit matters on its own, before any focus: computed once per comparison. */
export function scoreUnit(unit: Unit, ctx: ScoreContext): RankedUnit {
  const topic = unitTopic(unit)
  const members = [...unit.a, ...unit.b]
  const fresh =
    (novelty(unit.a, ctx.vocabulary.b, ctx.idf) + novelty(unit.b, ctx.vocabulary.a, ctx.idf)) /
    (unit.kind === 'only-a' || unit.kind === 'only-b' ? 6 : 10)
  const similarity = Math.max(0, ...members.map((s) => s.counterparts[0]?.cosine ?? 0))
  const closeness = unit.kind === 'reframed' ? Math.max(0.2, 1.2 - similarity) : 1
  const salience = ctx.lenses.get(topic)?.salience ?? OTHER_SALIENCE
  const names = novelNames(unit.a, ctx.vocabulary.b) + novelNames(unit.b, ctx.vocabulary.a)
  const weight =
    KIND_BASE[unit.kind] +
    0.35 * claimStrength(members) +
    Math.min(2.5, fresh) +
    Math.min(2, 0.6 * names)
  return { ...unit, topic, score: weight * salience * closeness, focus: false, lens: false }
}

/** The same unit seen through the focus lens: on its topic, and carrying the claim it asks about. */
export function applyFocus(unit: RankedUnit, focus: string, lensClaim: string): RankedUnit {
  const onFocus = [...unit.a, ...unit.b].some((s) => s.topics.includes(focus))
  const lens = onFocus && hasLensClaim(unit, lensClaim)
  const score = unit.score * (onFocus ? FOCUS_BOOST : 1) * (lens ? LENS_BOOST : 1)
  return { ...unit, score, focus: onFocus, lens }
}

/**
 * Lead with the best unit on the focus lens, then the rest by score, each discounted by how many
 * units of the same topic and kind rank above it. Within one topic and kind the order is by score,
 * so the n-th unit's discount is known up front and one sort does what a greedy pick would.
 */
export function rankUnits(units: readonly RankedUnit[]): RankedUnit[] {
  const pool = [...units].sort((x, y) => y.score - x.score)
  const lead = pool.find((u) => u.lens) ?? pool.find((u) => u.focus)
  // Repeats are counted per topic and kind: on a call about the war, a contradiction and a demand
  // only one side voices are two stories, two more contradictions on it are one.
  const keyOf = (u: RankedUnit) => `${u.topic}/${u.kind}`
  const seen = new Map<string, number>()
  if (lead) seen.set(keyOf(lead), 1)
  const rest = pool
    .filter((u) => u !== lead)
    .map((u) => {
      const repeats = seen.get(keyOf(u)) ?? 0
      seen.set(keyOf(u), repeats + 1)
      return { u, effective: u.score * REPEAT_DISCOUNT ** repeats }
    })
    .sort((x, y) => y.effective - x.effective)
    .map((e) => e.u)
  return lead ? [lead, ...rest] : rest
}
