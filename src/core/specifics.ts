/**
 * What one side of a reframed pair specifies and the other leaves out: names and stated quantities
 * ("only A names “Kailash Manasarovar Yatra”", "$717 million"), for the divergence's reason.
 */
import { isStatedQuantity } from './figures'
import { STOPWORDS } from './lexicons'
import concepts from './lexicons/concepts.json'
import type { Passage } from './passage'
import { knownParty } from './parties'
import type { Token } from './tokenize'

/** At most this many names or figures are listed in a reason. */
const MAX_SPECIFICS = 3

/**
 * The specifics one side gives and the other leaves out, in the passages of a reframed pair: names (a
 * run of capitalized words inside a sentence, "Kailash Manasarovar Yatra", none of whose words the
 * other account uses anywhere: "Joe Biden" is no news where the other says "Biden") and stated
 * quantities the other side's passages do not give ("$717 million", "30 days"). What a correspondent
 * checks first when two accounts tell one thing.
 */
export function specificsOnly(
  own: readonly Passage[],
  other: readonly Passage[],
  otherVocabulary: ReadonlySet<string>,
): string[] {
  const theirFigures = new Set(other.flatMap((s) => s.annotation.figures.map((f) => f.value)))
  const found: string[] = []
  for (const s of own) {
    for (const f of s.annotation.figures) {
      if (isStatedQuantity(f) && !theirFigures.has(f.value)) found.push(f.text)
    }
    const { tokens } = s.annotation
    // Who speaks is no specific of the event: "as Ushakov reported".
    const speaker = new Set(s.speaker?.toLowerCase().split(/\s+/))
    for (let k = 1; k < tokens.length; k++) {
      if (!isNameWord(tokens[k]!)) continue
      let end = k
      const spaceOnly = (i: number) =>
        /^\s+$/.test(s.text.slice(tokens[i]!.end, tokens[i + 1]!.start))
      while (end + 1 < tokens.length && isNameWord(tokens[end + 1]!) && spaceOnly(end)) end++
      // A two-word name folded into its first word's term ("Middle East") is quoted whole.
      while (isNameTail(tokens[end + 1]) && spaceOnly(end)) end++
      const run = tokens.slice(k, end + 1)
      if (run.every((t) => speaker.has(t.word))) continue
      const named = (t: Token) =>
        knownTo(otherVocabulary, t.term) ||
        partiesNamed(otherVocabulary).has(knownParty(t.word) ?? knownParty(t.term) ?? '')
      if (run.every((t) => t.term === '' || !named(t))) {
        found.push(s.text.slice(run[0]!.start, run[run.length - 1]!.end))
      }
      k = end
    }
  }
  return [...new Set(found)].slice(0, MAX_SPECIFICS)
}

/** Whether the other account uses the term, or a form of it ("India" where it says "Indian"): forms
 * are looked up among the terms that share its first letters, not by scanning the vocabulary. */
function knownTo(vocabulary: ReadonlySet<string>, term: string): boolean {
  if (vocabulary.has(term)) return true
  if (term.length < FORM_PREFIX) return false
  const forms = formsIndex(vocabulary).get(term.slice(0, FORM_PREFIX)) ?? []
  return forms.some((other) => other.startsWith(term) || term.startsWith(other))
}

const partiesNamedIn = new WeakMap<ReadonlySet<string>, Set<string>>()
/** The countries an account names in any form, by capital or people too: where one side says "the
 * United States", the other's "Washington" is no name it leaves out. */
function partiesNamed(vocabulary: ReadonlySet<string>): Set<string> {
  let parties = partiesNamedIn.get(vocabulary)
  if (!parties) {
    parties = new Set()
    for (const term of vocabulary) {
      const party = knownParty(term)
      if (party) parties.add(party)
    }
    partiesNamedIn.set(vocabulary, parties)
  }
  return parties
}

/** Letters two forms of one word share at least ("indi" of "India", "Indian"). */
const FORM_PREFIX = 4
const formsIndexes = new WeakMap<ReadonlySet<string>, Map<string, string[]>>()
/** The vocabulary's terms of at least FORM_PREFIX letters by their first letters, built once. */
function formsIndex(vocabulary: ReadonlySet<string>): Map<string, string[]> {
  let index = formsIndexes.get(vocabulary)
  if (!index) {
    index = new Map()
    for (const term of vocabulary) {
      if (term.length < FORM_PREFIX) continue
      const key = term.slice(0, FORM_PREFIX)
      const list = index.get(key)
      if (list) list.push(term)
      else index.set(key, [term])
    }
    formsIndexes.set(vocabulary, index)
  }
  return index
}

/** A word of a name: capitalized, not a function word, a month, a weekday or a title. */
const isNameWord = (t: Token) =>
  t.capitalized &&
  t.word.length > 1 &&
  t.term !== '' &&
  !STOPWORDS.has(t.word.toLowerCase()) &&
  !NOT_NAMES.has(t.word.toLowerCase())

/** The second word of a two-word name the tokenizer folded into the first one's term. */
const isNameTail = (t: Token | undefined) => t !== undefined && t.capitalized && t.term === ''

const NOT_NAMES = new Set([...concepts.not_parties, 'jr', 'sr', 'mr', 'mrs', 'ms', 'dr'])
