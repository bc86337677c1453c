/**
 * The lenses of one comparison: the lexicon's topics, plus the reader's own keywords as the topic
 * `custom` when they gave some. Everything downstream asks this object, not the lexicon, what a
 * topic is, so a custom lens ranks, labels and counts like any other.
 */
import { isolateBidi } from './bidi-isolate'
import { TOPICS, type TopicDef } from './lexicons'
import { tokenize, type Token } from './tokenize'

export const CUSTOM = 'custom'

export interface Lenses {
  all: TopicDef[]
  get(id: string): TopicDef | undefined
  /** True when the tokens contain one of the reader's keywords. */
  matchesCustom(tokens: readonly Token[]): boolean
}

export function buildLenses(keywords: readonly string[] = []): Lenses {
  const phrases = keywords
    .map((k) => tokenize(k).map((t) => t.term))
    .filter((terms) => terms.length > 0 && terms.every(Boolean))
  const custom: TopicDef | undefined = phrases.length
    ? {
        id: CUSTOM,
        // Each keyword isolated: one with a right-to-left override must not turn the others around.
        label: `Your keywords: ${keywords.map(isolateBidi).join(', ')}`,
        lens: `Your lens: ${keywords.map(isolateBidi).join(', ')}`,
        claim: 'progress',
        salience: 1,
      }
    : undefined
  const all = custom ? [custom, ...TOPICS] : TOPICS
  const byId = new Map(all.map((t) => [t.id, t]))
  return {
    all,
    get: (id) => byId.get(id),
    // Terms, not words: "talks" finds "negotiations", "переговоры" finds "переговорах".
    matchesCustom: (tokens) =>
      phrases.some((terms) =>
        tokens.some((_, i) => terms.every((term, k) => tokens[i + k]?.term === term)),
      ),
  }
}
