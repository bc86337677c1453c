/**
 * The finishing touches of a quote cut from a passage (quote.ts): no leading connective or bullet,
 * balanced quotation marks and parentheses, and a cut that ends on a whole phrase, not on "of the"
 * or inside a list. With the word measures quote.ts shares.
 */
import { CONNECTIVES, NEGATION, PREPOSITIONS, STOPWORDS } from './lexicons'

/** Fewest words a quote reads on its own with. */
export const MIN_WORDS = 5

/** Words a list item may have: "differences", "the energy sector". */
export const LIST_ITEM_WORDS = 3

export const countWords = (s: string) => s.split(/\s+/).filter(Boolean).length

/** The finishing touches every quote gets: no leading connective, balanced quotation marks. */
export function tidy(phrase: string): string {
  const tidied = closeParenthesis(balanceQuotes(trimStart(phrase))).trim()
  return unwrapQuotation(tidied).replace(TRAILING_JOINER, '')
}

/** A cut that ends on the word joining its clause to the next ("Iran will start the CEASEFIRE and,
 * upon the 12th Hour…") ends before it. Only words that cannot end a phrase: "not yet" and "I hope
 * so" are whole. */
const TRAILING_JOINER = /(?:[\s,;:]+(?:and|or|but|nor))*[\s.,;:]*$/i

/** A quote that is one quotation whole ("“I’m not happy about that.”") is shown without its marks:
 * it is set in quotation marks of its own. */
function unwrapQuotation(phrase: string): string {
  const inner = /^[“«]([^“”«»]*)[”»]$/.exec(phrase)?.[1]
  return inner?.trim() || phrase
}

/** A parenthesis the cut left open ("the Associated Party Transaction (APT") goes, with what it
 * opened, unless nothing would be left. */
function closeParenthesis(phrase: string): string {
  const open = phrase.lastIndexOf('(')
  if (open <= 0 || phrase.indexOf(')', open) >= 0) return phrase
  return phrase.slice(0, open)
}

/** Quotation marks left open or closed by the cut go: a quote shows the speaker's words, balanced. */
function balanceQuotes(phrase: string): string {
  const opens = (phrase.match(/[“«]/g) ?? []).length
  const closes = (phrase.match(/[”»]/g) ?? []).length
  if (opens === closes) return phrase
  return phrase.replace(/[“”«»]/g, '').replace(/\s{2,}/g, ' ')
}

/** A quote that starts on "and then" reads as a fragment: leading connectives go. */
function trimStart(phrase: string): string {
  // A list's bullet is layout, not the speaker's words.
  let rest = phrase.replace(/^[•▪◦●*·-]\s+/u, '')
  for (let word = /^(\p{L}+)\s+/u.exec(rest); word && CONNECTIVES.has(word[1]!.toLowerCase());) {
    rest = rest.slice(word[0].length)
    word = /^(\p{L}+)\s+/u.exec(rest)
  }
  return rest
}

/** Words at the end of a cut phrase that may open a phrase its cut left without its head. */
const DANGLING_WINDOW = 3

/** A cut that ends inside a phrase ("…reached during the second") goes back to before the function
 * word that opened it ("…reached"), as long as enough is left to read on its own. */
function dropDanglingPhrase(phrase: string): string {
  const words = [...phrase.matchAll(/\S+/g)]
  let last = Math.max(MIN_WORDS, words.length - DANGLING_WINDOW)
  for (let k = words.length - 2; k >= last; k--) {
    const word = words[k]![0].toLowerCase().replace(/[^\p{L}']/gu, '')
    // "the American and Russian presidents": two names joined by "and" belong to what follows; the
    // phrase opened further back, on "the".
    const joinsNames =
      (word === 'and' || word === 'or') && isName(words[k - 1]![0]) && isName(words[k + 1]![0])
    if (joinsNames) last = Math.max(MIN_WORDS, last - 2)
    // "was to discriminate": "to" before a verb opens no phrase to finish, it ends one.
    else if (word === 'to' && isInfinitive(words[k + 1]![0])) continue
    else if (isPreposition(word)) return dropParticiples(phrase.slice(0, words[k]!.index))
    else if (STOPWORDS.has(word)) return phrase.slice(0, words[k]!.index).trimEnd()
  }
  return phrase
}

/** A word that opens on a capital: a name, or a sentence's first word. */
export const isName = (word: string) => /^\p{Lu}/u.test(word)

/** A word after "to" that reads as a verb: lower-case, no function word, no -ing ("to resuming"). */
const isInfinitive = (word: string) =>
  /^\p{Ll}+$/u.test(word) && !STOPWORDS.has(word) && !/ing$/.test(word)

/** A cut phrase should not end on "of the": trailing function words and punctuation go. */
export function trimCut(phrase: string): string {
  const out = dropTrailingStopwords(dropDanglingPhrase(phrase.trim().replace(/[\s.,;:]+$/, '')))
  return dropListTail(dropOpenPredicate(dropBegunVerb(out)))
}

/** Punctuation and function words off the end, while two words are left: "…reached during the". */
function dropTrailingStopwords(phrase: string): string {
  let out = phrase.trim().replace(/[\s.,;:]+$/, '')
  for (
    let last = /(\S+)$/.exec(out);
    last && (STOPWORDS.has(last[1]!.toLowerCase()) || isPreposition(last[1]!));
    last = /(\S+)$/.exec(out)
  ) {
    const shorter = out.slice(0, last.index).replace(/[\s.,;:]+$/, '')
    if (!shorter.includes(' ')) break
    out = shorter
  }
  return out
}

/** A cut that ends on a verb its phrase has only begun ("NATO's aggressive policy aimed at
 * creating") ends before that phrase, and before the participle that led into it: "…aggressive
 * policy". */
export function dropBegunVerb(phrase: string): string {
  const words = [...phrase.matchAll(/\S+/g)]
  const n = words.length
  if (n <= MIN_WORDS || !PARTICIPLE.test(words[n - 1]![0]) || !isPreposition(words[n - 2]![0])) {
    return phrase
  }
  return dropParticiples(phrase.slice(0, words[n - 2]!.index))
}

/** The participles that end a phrase whose object was cut ("…policy aimed"), while enough is left. */
function dropParticiples(phrase: string): string {
  let out = phrase.trimEnd()
  for (
    let last = /\s(\S+)$/.exec(out);
    last && PARTICIPLE.test(last[1]!);
    last = /\s(\S+)$/.exec(out)
  ) {
    if (countWords(out) <= MIN_WORDS) break
    out = out.slice(0, last.index).trimEnd()
  }
  return out
}

const PARTICIPLE = /(?:ed|ing)$/i

/** Whether a word is a preposition: what a participle leads into ("aimed at", "seeking to"; not "has"
 * or "was", which make "has agreed" whole), and where a cut may open mid-phrase. */
export const isPreposition = (word: string) => PREPOSITIONS.has(word.toLowerCase())

/** A cut that ends just after "and" opened a new predicate ("…of strategic weapons and will engage")
 * ends before it: the second predicate is a fragment, the first is whole. */
function dropOpenPredicate(phrase: string): string {
  const words = [...phrase.matchAll(/\S+/g)]
  for (let k = words.length - 2; k >= Math.max(MIN_WORDS, words.length - DANGLING_WINDOW); k--) {
    const [joiner, next] = [words[k]![0].toLowerCase(), words[k + 1]![0].toLowerCase()]
    if (
      (joiner === 'and' || joiner === 'or' || joiner === 'but') &&
      NEGATION.predicateAfterAnd.has(next)
    ) {
      return phrase.slice(0, words[k]!.index).replace(/[\s,;:]+$/, '')
    }
  }
  return phrase
}

/** A cut inside a list goes back to its first item: "…contentious issues, differences" (of "issues,
 * differences, and conflicts") → "…contentious issues". */
function dropListTail(phrase: string): string {
  let out = phrase
  for (let comma = out.lastIndexOf(','); comma > 0; comma = out.lastIndexOf(',')) {
    const head = out.slice(0, comma)
    if (countWords(out.slice(comma + 1)) > LIST_ITEM_WORDS || countWords(head) < MIN_WORDS) break
    out = head
  }
  return out
}
