/**
 * Reads what a sentence is about and what it claims: topics (weighted lexicon terms), claim cues
 * with polarity after negation, numbers, and the terms used for similarity.
 */
import { CLAIM_WEIGHT, STOPWORDS, TOPIC_THRESHOLD, claimMatcher, topicMatcher } from './lexicons'
import { negatedTokens } from './negation'
import { tokenize, type Token } from './tokenize'
import type { Claim, Polarity } from './types'

export interface Annotation {
  tokens: Token[]
  /** Content terms for similarity (stop words removed). */
  terms: string[]
  /** Topic id → score (sum of distinct term weights), only topics at or over the threshold. */
  topics: Map<string, number>
  claims: Claim[]
  /** Numbers with the word after them ("30 days"), for number clashes. */
  numbers: { value: string; unit: string }[]
  /** How strongly the sentence asserts something: sum of claim weights. */
  claimWeight: number
  /** Terms of the words a negation applies to first ("will not continue" → continue): the negated
   * predicates, for clashes on words that are no claim cue. */
  negatedHeads: Set<string>
}

const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred thousand million billion'.split(
    ' ',
  ),
)

export function scoreTopics(tokens: readonly Token[]): Map<string, number> {
  const seen = new Map<string, number>()
  for (const hit of topicMatcher.match(tokens)) {
    const key = `${hit.entry.topic}:${tokens
      .slice(hit.from, hit.to)
      .map((t) => t.stem)
      .join(' ')}`
    seen.set(key, Math.max(seen.get(key) ?? 0, hit.entry.weight))
  }
  const scores = new Map<string, number>()
  for (const [key, weight] of seen) {
    const topic = key.slice(0, key.indexOf(':'))
    scores.set(topic, (scores.get(topic) ?? 0) + weight)
  }
  return scores
}

function readClaims(tokens: readonly Token[], text: string, negated: Set<number>): Claim[] {
  const hits = claimMatcher.match(tokens).filter((hit) => hit.entry.family !== 'neutral')
  return hits.map((hit) => {
    const isNegated = !hit.entry.selfNegated && negated.has(hit.from)
    const polarity = (isNegated ? -hit.entry.polarity : hit.entry.polarity) as Polarity
    return {
      kind: hit.entry.family,
      cue: text.slice(tokens[hit.from]!.start, tokens[hit.to - 1]!.end),
      offset: tokens[hit.from]!.start,
      polarity,
      negated: isNegated || hit.entry.selfNegated,
    }
  })
}

function readNumbers(tokens: readonly Token[]): { value: string; unit: string }[] {
  const out: { value: string; unit: string }[] = []
  tokens.forEach((t, i) => {
    if (!/^\d/.test(t.word) && !NUMBER_WORDS.has(t.word)) return
    const unit = tokens[i + 1]
    if (unit && !STOPWORDS.has(unit.word)) out.push({ value: t.word, unit: unit.word })
  })
  return out
}

/** Content terms for similarity: stop words and one-letter words out, and any words in `skip`. */
export function contentTerms(
  tokens: readonly Token[],
  skip: ReadonlySet<string> = new Set(),
): string[] {
  return tokens
    .filter((t) => t.term && !STOPWORDS.has(t.word) && t.word.length > 1 && !skip.has(t.word))
    .map((t) => t.term)
}

export function annotateSentence(text: string): Annotation {
  const tokens = tokenize(text)
  const negated = negatedTokens(tokens, text)
  const claims = readClaims(tokens, text, negated)
  const scores = scoreTopics(tokens)
  const topics = new Map(
    [...scores].filter(([, s]) => s >= TOPIC_THRESHOLD).sort((x, y) => y[1] - x[1]),
  )
  return {
    tokens,
    terms: contentTerms(tokens),
    topics,
    claims,
    numbers: readNumbers(tokens),
    claimWeight: claims.reduce((sum, c) => sum + (CLAIM_WEIGHT.get(c.kind) ?? 0), 0),
    negatedHeads: negatedHeads(tokens, negated),
  }
}

/** The first content word of each negated stretch. */
function negatedHeads(tokens: readonly Token[], negated: Set<number>): Set<string> {
  const heads = new Set<string>()
  tokens.forEach((_, i) => {
    const opensScope = negated.has(i) && !negated.has(i - 1)
    if (!opensScope) return
    for (let k = i; negated.has(k); k++) {
      const word = tokens[k]!
      if (word.term && !STOPWORDS.has(word.word)) {
        heads.add(word.term)
        return
      }
    }
  })
  return heads
}
