/**
 * Negation scope, NegEx-lite: a trigger ("not", "no", "never", "without"…) negates a cue that
 * follows it within a few tokens, unless a terminator ("but", "however") or a clause mark
 * (, ; : . ! ?) comes between them. "No, I didn't make any progress" → "progress" is negated by
 * "not"; the "No," is cut off by its comma and negates nothing.
 */
import { NEGATION } from './lexicons'
import type { Token } from './tokenize'

const CLAUSE_MARK = /[,;:.!?()—–]/

/** Indices of the tokens that are negated, given the sentence text the tokens index into. */
export function negatedTokens(tokens: readonly Token[], text: string): Set<number> {
  const pseudo = new Set<number>()
  for (const hit of NEGATION.pseudo.match(tokens)) {
    for (let k = hit.from; k < hit.to; k++) pseudo.add(k)
  }
  const negated = new Set<number>()
  tokens.forEach((token, i) => {
    const next = tokens[i + 1]
    // "non-discriminatory": the prefix denies the one word it is joined to, nothing further.
    if (NEGATION.prefixes.has(token.word) && next && text.slice(token.end, next.start) === '-') {
      negated.add(i + 1)
      return
    }
    if (!NEGATION.triggers.has(token.stem) || pseudo.has(i)) return
    for (let k = i + 1; k < tokens.length && k <= i + NEGATION.window; k++) {
      const next = tokens[k]!
      const gap = text.slice(tokens[k - 1]!.end, next.start)
      if (CLAUSE_MARK.test(gap) || NEGATION.terminators.has(next.word)) break
      if (next.word === 'and' && NEGATION.predicateAfterAnd.has(tokens[k + 1]?.word ?? '')) break
      negated.add(k)
    }
  })
  return negated
}
