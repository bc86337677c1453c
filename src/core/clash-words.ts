/**
 * The words a clash quotes from each side: the cue with its clause around it, verbatim.
 */
import { STOPWORDS } from './lexicons'
import { dropBegunVerb, isName } from './quote-finish'
import type { Claim } from './types'

/** Words kept after a cue when quoting what clashes, and before it when the clause starts further back. */
const WORDS_AROUND = 4
/** Words a quote may run on past WORDS_AROUND to reach the word its last one modifies. */
const PHRASE_REACH = 2
/** Endings of English adjectives ("humanitarian", "political", "aggressive"), which need their noun. */
const MODIFIER_ENDING = /(?:ian|al|ic|ive|ous|ary|ful|ible|able)$/i
/** A clause that starts within this many words before its cue is quoted from its start. */
const CLAUSE_REACH = 7
/** A passive cue is quoted from its clause's start this far back: "Reports claiming that missiles
 * were launched … after the ceasefire was imposed are denied", not "…was imposed are denied". */
const PASSIVE_REACH = 24
const PASSIVE = /^(?:is|are|was|were|been|being)$/i

const isStopword = (word: string) => STOPWORDS.has(word.toLowerCase().replace(/\W+$/, ''))

/** The cue with the words of its clause around it, from the clause's start when it is near (so a
 * negation and the subject come along: "I didn’t make any progress"), and without trailing words that
 * carry nothing ("…the humanitarian agreements in"). Verbatim, a slice of the passage. */
export function claimWords(text: string, claim: Claim): string {
  const [from, to] = claim.clause
  const before = [...text.slice(from, claim.offset).matchAll(/\S+/g)]
  // A passive cue ("… are denied") says nothing without its subject, however far back it starts.
  const passive = PASSIVE.test(before[before.length - 1]?.[0] ?? '')
  let first =
    (passive && before.length <= PASSIVE_REACH) || before.length <= CLAUSE_REACH
      ? 0
      : claim.negated
        ? before.length - CLAUSE_REACH
        : before.length - WORDS_AROUND
  // A quote that would open on "and" or "of" reaches back to its clause's start when that is near
  // ("Negotiations between the studios and the union have been suspended").
  if (first > 0 && before.length <= CLAUSE_REACH + WORDS_AROUND && isStopword(before[first]![0])) {
    first = 0
  }
  const start = from + (before[first]?.index ?? 0)
  const words = [...text.slice(claim.end, to).matchAll(/\S+/g)]
  let count = Math.min(WORDS_AROUND, words.length)
  // A window that stops on a modifier runs on to the word it modifies: "…implementing the
  // humanitarian agreements", not "…the humanitarian".
  while (
    count < Math.min(words.length, WORDS_AROUND + PHRASE_REACH) &&
    MODIFIER_ENDING.test(words[count - 1]![0]) &&
    !isStopword(words[count]![0])
  ) {
    count++
  }
  // Names joined by "and" stay together: "by and between Israel and Iran", not "…between Israel".
  if (
    count >= 1 &&
    count + 1 < words.length &&
    isName(words[count - 1]![0]) &&
    /^(?:and|or)$/.test(words[count]![0]) &&
    isName(words[count + 1]![0])
  ) {
    count += 2
  }
  const after = words.slice(0, count)
  while (after.length > 0 && isStopword(after[after.length - 1]![0])) {
    after.pop()
  }
  const last = after[after.length - 1]
  const end = last ? claim.end + last.index + last[0].length : claim.end
  const quote = text.slice(start, end).replace(/^[\s\p{P}]+|[\s,;:—–“”"(]+$/gu, '')
  // Only a window the clause runs past can stop inside a phrase.
  return count < words.length ? dropBegunVerb(quote) : quote
}
