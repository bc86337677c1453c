/**
 * Who a clause names: the parties that blame, are blamed, ask or are asked. A country, its capital and
 * its people are one party (lexicons/concepts.json 'parties'); any other capitalized name (a union, a
 * league, a company) stands for itself, keyed by the last word of the name, and so does a body named by
 * a common noun ('the studios', 'the union'; concepts.json 'bodies').
 */
import concepts from './lexicons/concepts.json'
import { STOPWORDS, isTitleWord } from './lexicons'
import type { Token } from './tokenize'

const partyByWord = new Map<string, string>()
for (const [party, words] of Object.entries(concepts.parties)) {
  for (const w of words) partyByWord.set(w, party)
}
const NOT_PARTIES = new Set(concepts.not_parties)
const BODIES = new Set(concepts.bodies)

/** The country a word or term names with its capital or its people ("Washington" → america), or
 * undefined. */
export const knownParty = (wordOrTerm: string): string | undefined => partyByWord.get(wordOrTerm)

function isNameWord(t: Token | undefined): boolean {
  if (!t || !t.capitalized || t.word.length < 2) return false
  if (STOPWORDS.has(t.word) || NOT_PARTIES.has(t.word)) return false
  return !isTitleWord(t.word)
}

/** The party token `k` names, or null. A sentence's first word counts only as a known party or as
 * part of a longer name: a capital letter there says nothing. */
export function partyOf(tokens: readonly Token[], k: number): string | null {
  const t = tokens[k]!
  const known = partyByWord.get(t.word) ?? partyByWord.get(t.term)
  // "us" is a party only as "US"; as a pronoun it is a stop word.
  if (known && (t.capitalized || !STOPWORDS.has(t.word))) return known
  // "the studios", "the union": a body a labour or sports statement names by a common noun.
  if (BODIES.has(t.word) && tokens[k - 1]?.word === 'the') return t.term
  if (!isNameWord(t)) return null
  if (k === 0 && !isNameWord(tokens[1])) return null
  let last = k
  while (isNameWord(tokens[last + 1])) last++
  const end = tokens[last]!
  return partyByWord.get(end.word) ?? end.term
}
