/**
 * Turns a ranked candidate into the Divergence a reader sees: its evidence (strongest passage first), a
 * key phrase quoted from each side, who speaks, why the sides diverge, and a one-line summary.
 */
import { isolateBidi } from './bidi-isolate'
import { reasonFor } from './divergence-reason'
import type { Lenses } from './lens'
import { keyPhrase } from './quote'
import type { RankedCandidate } from './rank'
import type { Passage } from './passage'
import { headingWithoutTopic } from './strongest-claim'
import type { Divergence } from './types'

export interface DivergenceContext {
  labels: { a: string; b: string }
  lensClaim: string
  idf: (term: string) => number
  lenses: Lenses
  /** Whether each account looks cut off, so "only in A" can say B may just be missing it. */
  cutOff: { a: boolean; b: boolean }
  /** Terms used anywhere in each account: a name the other account uses somewhere is no news. */
  vocabulary: { a: ReadonlySet<string>; b: ReadonlySet<string> }
}

/** Passages that carry the claim lead: clashing ones, then lens claims, then the most assertive. */
export function strongestFirst(passages: readonly Passage[], lensClaim: string): Passage[] {
  const weight = (s: Passage) =>
    (s.alignment === 'contradicts' ? 10 : 0) +
    (s.annotation.claims.some((c) => c.kind === lensClaim) ? 5 : 0) +
    s.annotation.claimWeight
  return [...passages].sort((x, y) => weight(y) - weight(x))
}

function topicName(candidate: RankedCandidate, lenses: Lenses): string {
  const topic = lenses.get(candidate.topic)
  if (!topic) return headingWithoutTopic([...candidate.a, ...candidate.b], candidate.clash?.rule)
  return candidate.lens ? topic.lens : topic.label
}

function summarize(
  kind: Divergence['kind'],
  topic: string,
  quoteA: string,
  quoteB: string,
  labels: DivergenceContext['labels'],
): string {
  // The reader's labels and words in the app's sentence, each isolated (see bidi-isolate.ts).
  const [a, b] = [isolateBidi(labels.a), isolateBidi(labels.b)]
  const [qa, qb] = [isolateBidi(quoteA), isolateBidi(quoteB)]
  switch (kind) {
    case 'contradicts':
      return `${topic}: the accounts clash. ${a}: “${qa}” — ${b}: “${qb}”.`
    case 'reframed':
      return `${topic}: told differently. ${a}: “${qa}” — ${b}: “${qb}”.`
    case 'only-a':
      return `${topic}: only ${a} says “${qa}”; ${b} does not mention it.`
    case 'only-b':
      return `${topic}: only ${b} says “${qb}”; ${a} does not mention it.`
  }
}

/** The speaker named most often among the passages, if attribution found one. */
function speakerOf(passages: readonly Passage[]): string | undefined {
  const counts = new Map<string, number>()
  for (const s of passages) if (s.speaker) counts.set(s.speaker, (counts.get(s.speaker) ?? 0) + 1)
  return [...counts].sort((x, y) => y[1] - x[1])[0]?.[0]
}

/** The passage holding a clash's words first, the others in their order. */
function clashFirst(list: Passage[], words: string | undefined): Passage[] {
  const k = words ? list.findIndex((s) => s.text.includes(words)) : -1
  return k > 0 ? [list[k]!, ...list.slice(0, k), ...list.slice(k + 1)] : list
}

/** The ids of an item's passages as the account has them: the quote comes from the strongest, but
 * "This would outline…" is read after the sentence it points to. */
const inTextOrder = (list: readonly Passage[]) =>
  [...list].sort((x, y) => x.index - y.index).map((s) => s.id)

export function toDivergence(
  candidate: RankedCandidate,
  rank: number,
  ctx: DivergenceContext,
): Divergence {
  // A reframing leads with its aligned pair (candidates.ts puts it first); the rest by what they claim.
  const order = (list: Passage[]) =>
    candidate.kind === 'reframed' ? list : strongestFirst(list, ctx.lensClaim)
  // A clash is quoted from the passage, and the clause, that holds the words its reason names.
  const [a, b] = [
    clashFirst(order(candidate.a), candidate.clash?.a),
    clashFirst(order(candidate.b), candidate.clash?.b),
  ]
  const q = {
    topic: candidate.topic,
    lensClaim: ctx.lensClaim,
    idf: ctx.idf,
    contradiction: candidate.kind === 'contradicts',
  }
  const quoteA = a[0] ? keyPhrase(a[0], { ...q, anchor: candidate.clash?.a }) : ''
  const quoteB = b[0] ? keyPhrase(b[0], { ...q, anchor: candidate.clash?.b }) : ''
  const topicLabel = topicName(candidate, ctx.lenses)
  const speakers: Divergence['speakers'] = {}
  const [sa, sb] = [speakerOf(a), speakerOf(b)]
  if (sa) speakers.a = sa
  if (sb) speakers.b = sb
  return {
    id: `d${rank}`,
    topic: candidate.topic,
    topicLabel,
    kind: candidate.kind,
    summary: summarize(candidate.kind, topicLabel, quoteA, quoteB, ctx.labels),
    reason: reasonFor(candidate, ctx, quoteA, quoteB),
    speakers,
    a: inTextOrder(a),
    b: inTextOrder(b),
    quoteA,
    quoteB,
    focus: candidate.focus,
    score: Math.round(candidate.score * 1000) / 1000,
  }
}
