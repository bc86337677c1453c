/**
 * Negation scope, NegEx-lite: a trigger ("not", "no", "never", "without"…) negates a cue that
 * follows it within a few tokens, unless a terminator ("but", "however") or a clause mark
 * (, ; : . ! ?) comes between them. "No, I didn't make any progress" → "progress" is negated by
 * "not"; the "No," is cut off by its comma and negates nothing.
 */
import { NEGATION } from './lexicons'
import type { Token } from './tokenize'

const CLAUSE_MARK = /[,;:.!?()—–…]/

const NO_TOKENS = new Set<number>()

/** Tokens an aside set off by commas takes from token k on ("few, if any, moves"), 0 when none. */
function asideAt(tokens: readonly Token[], k: number, text: string): number {
  for (const aside of NEGATION.asides) {
    const end = k + aside.length
    if (end >= tokens.length || !aside.every((w, n) => tokens[k + n]!.word === w)) continue
    if (text.slice(tokens[end - 1]!.end, tokens[end]!.start).trim() === ',') return aside.length
  }
  return 0
}

/** Indices of the tokens that are negated, given the sentence text the tokens index into. */
export function negatedTokens(tokens: readonly Token[], text: string): Set<number> {
  // Tokens inside a pseudo-negation ("no doubt"), which negates nothing: most sentences have none.
  const hits = NEGATION.pseudo.match(tokens)
  const pseudo = hits.length ? new Set<number>() : NO_TOKENS
  for (const hit of hits) {
    for (let k = hit.from; k < hit.to; k++) pseudo.add(k)
  }
  const negated = new Set<number>()
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    const next = tokens[i + 1]
    // "non-discriminatory": the prefix denies the one word it is joined to, nothing further.
    if (NEGATION.prefixes.has(token.word) && next && text.slice(token.end, next.start) === '-') {
      negated.add(i + 1)
      continue
    }
    if (!NEGATION.triggers.has(token.stem) || pseudo.has(i)) continue
    for (let k = i + 1; k < tokens.length && k <= i + NEGATION.window; k++) {
      let next = tokens[k]!
      let gap = text.slice(tokens[k - 1]!.end, next.start)
      const aside = gap.trim() === ',' ? asideAt(tokens, k, text) : 0
      if (aside) {
        k += aside
        next = tokens[k]!
        gap = ''
      }
      if (CLAUSE_MARK.test(gap) || NEGATION.terminators.has(next.word)) break
      if (next.word === 'and' && NEGATION.predicateAfterAnd.has(tokens[k + 1]?.word ?? '')) break
      negated.add(k)
    }
  }
  return negated
}
