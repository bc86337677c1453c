/**
 * Reads what a sentence is about and what it claims: topics (weighted lexicon terms), claims with
 * their stance, mode and time (claims.ts), figures, and the terms used for similarity.
 */
import { readClaims, type Modifier } from './claims'
import { readFigures, type Figure } from './figures'
import {
  STOPWORDS,
  TOPIC_THRESHOLD,
  claimRole,
  claimWeight,
  talkContext,
  topicMatcher,
} from './lexicons'
import { negatedTokens } from './negation'
import { tokenize, type Token } from './tokenize'
import type { Claim } from './types'

export interface Annotation {
  tokens: Token[]
  /** Content terms for similarity (stop words removed). */
  terms: string[]
  /** Topic id → score (sum of distinct term weights), only topics at or over the threshold. */
  topics: Map<string, number>
  /** Topics the sentence names by a term that is not generic ("Ukraine", not "ceasefire"). */
  named: Set<string>
  claims: Claim[]
  /** Words that qualify its claims: hedges, conditions, firm words. */
  modifiers: Modifier[]
  /** Numbers with what they count and measure ("$800 million" of "cost"), for figure clashes. */
  figures: Figure[]
  /** How strongly the sentence asserts something: the sum of its claims' weights. */
  claimWeight: number
  /** Kinds of noise the sentence carries (a greeting, history, how the call was held). */
  noise: Set<string>
  /** Whether it speaks of the talks themselves ("the call", "the negotiations"): a verdict word counts
   * only there, and a breakdown is one only there. */
  aboutTheTalks: boolean
  /** Whether some word of it is negated ("no talks are scheduled"). */
  negates: boolean
  /** The content words that may name its subject, once a clash rule has asked (clash-subject.ts):
   * kept on the annotation, as a cache keyed by it cost more than the words themselves. */
  subjectTerms?: Set<string>
}

/** Topic scores of a run of tokens of `text` (the string their offsets point into). Topics named by a
 * term that is not generic (topics.json 'generic': "ceasefire" fits more than Ukraine) are added to
 * `named`, when given. */
export function scoreTopics(
  tokens: readonly Token[],
  text: string,
  named?: Set<string>,
): Map<string, number> {
  const hits = topicMatcher.match(tokens)
  // Most sentences name no topic: no maps to build for them.
  if (hits.length === 0) return new Map()
  const seen = new Map<string, number>()
  for (const hit of hits) {
    const { asWritten } = hit.entry
    if (asWritten && text.slice(tokens[hit.from]!.start, tokens[hit.to - 1]!.end) !== asWritten) {
      continue
    }
    // Keyed by topic and the stems matched, joined in a loop: no arrays per hit.
    let key = `${hit.entry.topic}:${tokens[hit.from]!.stem}`
    for (let k = hit.from + 1; k < hit.to; k++) key += ` ${tokens[k]!.stem}`
    seen.set(key, Math.max(seen.get(key) ?? 0, hit.entry.weight))
    if (!hit.entry.generic) named?.add(hit.entry.topic)
  }
  const scores = new Map<string, number>()
  for (const [key, weight] of seen) {
    const topic = key.slice(0, key.indexOf(':'))
    scores.set(topic, (scores.get(topic) ?? 0) + weight)
  }
  return scores
}

/** No words to skip: one set shared by every call that gives none. */
const NO_WORDS: ReadonlySet<string> = new Set()

/** Content terms for similarity: stop words and one-letter words out, and any words in `skip`. */
export function contentTerms(
  tokens: readonly Token[],
  skip: ReadonlySet<string> = NO_WORDS,
): string[] {
  const terms: string[] = []
  for (const t of tokens) {
    if (t.term && !STOPWORDS.has(t.word) && t.word.length > 1 && !skip.has(t.word)) {
      terms.push(t.term)
    }
  }
  return terms
}

export function annotateSentence(text: string): Annotation {
  const tokens = tokenize(text)
  const negated = negatedTokens(tokens, text)
  const aboutTheTalks = talkContext.occursIn(tokens)
  const { claims, modifiers } = readClaims(tokens, text, negated, aboutTheTalks)
  const named = new Set<string>()
  const scores = scoreTopics(tokens, text, named)
  // Most sentences name no topic and claim nothing: no arrays are built for them.
  // Most sentences score one topic or none: nothing to sort for them.
  // A sentence that scores no topic keeps its (new, empty) score map as its topics.
  let topics = scores
  if (scores.size > 0) {
    topics = new Map<string, number>()
    const kept = [...scores].filter(([, s]) => s >= TOPIC_THRESHOLD)
    if (kept.length > 1) kept.sort((x, y) => y[1] - x[1])
    for (const [topic, score] of kept) topics.set(topic, score)
  }
  const figures = readFigures(tokens, text)
  return {
    tokens,
    terms: contentTerms(tokens),
    topics,
    named,
    claims,
    modifiers,
    figures,
    claimWeight: claims.reduce((sum, c) => sum + claimWeight(c.kind), 0) + (figures.length ? 1 : 0),
    noise: claims.length
      ? new Set(claims.filter((c) => claimRole(c.kind) === 'noise').map((c) => c.kind))
      : new Set<string>(),
    aboutTheTalks,
    negates: negated.size > 0,
  }
}
