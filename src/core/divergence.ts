/**
 * Turns a ranked unit into the Divergence a reader sees: its evidence (strongest passage first),
 * a key phrase quoted from each side, and a one-line summary.
 */
import { isolateBidi } from './bidi-isolate'
import type { Lenses } from './lens'
import { keyPhrase } from './quote'
import type { RankedUnit } from './rank'
import type { Sentence } from './sentence'
import type { Divergence } from './types'

export interface DivergenceContext {
  labels: { a: string; b: string }
  lensClaim: string
  idf: (term: string) => number
  lenses: Lenses
}

/** Passages that carry the claim lead: lens claims first, then the most assertive. */
function strongestFirst(sentences: readonly Sentence[], lensClaim: string): Sentence[] {
  const weight = (s: Sentence) =>
    (s.alignment === 'contradicts' ? 10 : 0) +
    (s.annotation.claims.some((c) => c.kind === lensClaim) ? 5 : 0) +
    s.annotation.claimWeight
  return [...sentences].sort((x, y) => weight(y) - weight(x))
}

function topicName(unit: RankedUnit, lenses: Lenses): string {
  const topic = lenses.get(unit.topic)
  if (!topic) return 'Other'
  return unit.lens ? topic.lens : topic.label
}

function summarize(
  kind: Divergence['kind'],
  topic: string,
  quoteA: string,
  quoteB: string,
  labels: DivergenceContext['labels'],
): string {
  // The reader's labels and words in the report's sentence, each isolated (see bidi-isolate.ts).
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

export function toDivergence(unit: RankedUnit, rank: number, ctx: DivergenceContext): Divergence {
  const a = strongestFirst(unit.a, ctx.lensClaim)
  const b = strongestFirst(unit.b, ctx.lensClaim)
  const q = {
    topic: unit.topic,
    lensClaim: ctx.lensClaim,
    idf: ctx.idf,
    contradiction: unit.kind === 'contradicts',
  }
  const quoteA = a[0] ? keyPhrase(a[0], q) : ''
  const quoteB = b[0] ? keyPhrase(b[0], q) : ''
  const topicLabel = topicName(unit, ctx.lenses)
  return {
    id: `d${rank}`,
    topic: unit.topic,
    topicLabel,
    kind: unit.kind,
    summary: summarize(unit.kind, topicLabel, quoteA, quoteB, ctx.labels),
    a: a.map((s) => s.id),
    b: b.map((s) => s.id),
    quoteA,
    quoteB,
    focus: unit.focus,
    score: Math.round(unit.score * 1000) / 1000,
  }
}
