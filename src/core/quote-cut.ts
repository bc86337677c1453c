/**
 * Where a quote cuts a clause too long to give whole: from a few words before the claim it carries (or
 * the words that set its scope), after any frame that reports it, to where its main clause ends. Always
 * a verbatim slice; quote-finish.ts tidies the ends.
 */
import { ATTRIBUTION, DETERMINERS, SUBORDINATORS } from './lexicons'
import type { Passage } from './passage'
import { MIN_WORDS, isPreposition, tidy, trimCut } from './quote-finish'

/** Words a quote holds before it is cut. */
export const MAX_WORDS = 16
/** Words a quote may run past MAX_WORDS to reach the end of its clause rather than stop short. */
export const RUN_ON = 4
/** Words kept before the claim cue when a long clause has to be cut. */
const CONTEXT_BEFORE = 4
/** A clause whose cue stands at most this many words in is quoted from its start. */
const CLAUSE_REACH = 6

/** The cut of `phrase` (the clause at `start` in the sentence, split into `words`) around its claim. */
export function cutAroundClaim(
  sentence: Passage,
  start: number,
  phrase: string,
  words: RegExpExecArray[],
): string {
  const cue = sentence.annotation.claims.find(
    (c) => c.offset >= start && c.offset < start + phrase.length,
  )
  const at = cue ? words.findIndex((w) => w.index + w[0].length > cue.offset - start) : 0
  // Keep the words that carry the claim's scope ("never", "not", "only") even if they stand far back.
  const scope = words
    .slice(0, at)
    .findIndex((w) => SCOPE_WORDS.has(w[0].toLowerCase().replace(/[^\p{L}']/gu, '')))
  // A clause that starts a few words before its cue is quoted from its start: "He informed his
  // counterpart on the progress…", not "his counterpart on the progress…".
  const reach =
    at <= CLAUSE_REACH
      ? 0
      : scope >= 0 && at - scope < MAX_WORDS
        ? Math.min(scope, at - CONTEXT_BEFORE)
        : at - CONTEXT_BEFORE
  // The words said, not the frame that reports them: "the security of any nation cannot be ensured
  // unless…", not "Vladimir Putin further emphasised that the security…" cut short of its condition.
  const said = cue ? Math.min(reportedFrom(words), at) : reportedFrom(words)
  const first = withDeterminer(
    words,
    afterConnective(
      words,
      openingOfQuotation(phrase, words, Math.max(said, Math.min(reach, words.length - MAX_WORDS))),
      at,
    ),
  )
  // A cut a few words short of the end of the clause would drop its object ("take the helm and set
  // the right course"): the quote runs on to the end instead.
  const lastIndex =
    words.length - (first + MAX_WORDS) <= RUN_ON
      ? words.length - 1
      : beforeSubordinate(words, first, first + MAX_WORDS - 1)
  const last = words[lastIndex]!
  const cut = phrase.slice(words[first]!.index, last.index + last[0].length)
  // Only a cut inside a clause can leave a phrase without its head: not one at the clause's end, nor
  // one just before a subordinate clause.
  const clauseEnds = lastIndex === words.length - 1 || opensSubordinate(words[lastIndex + 1]!)
  return tidy(clauseEnds ? cut : trimCut(cut))
}

/** A cut that would end inside a clause of purpose or reason ("with prudence so that the fringe
 * separatists bent") ends before it, where the main clause does. A condition ("unless", "if") is
 * never left behind that way: without it the point reads as its opposite. */
function beforeSubordinate(words: RegExpMatchArray[], first: number, last: number): number {
  for (let k = last; k >= first + MIN_WORDS; k--) {
    if (opensSubordinate(words[k]!)) return k - 1
  }
  return last
}

const opensSubordinate = (word: RegExpMatchArray) => SUBORDINATORS.has(word[0].toLowerCase())

/** A cut that would open just after "the" or "its" opens on it: "the Russian side had never
 * rejected…", not "Russian side had never rejected…". */
function withDeterminer(words: RegExpMatchArray[], first: number): number {
  // A cut that opens on a quotation quotes it, marks and all, and nothing before it.
  const opensQuotation = /^[“«"]/.test(words[first]![0])
  return first > 0 && !opensQuotation && DETERMINERS.has(words[first - 1]![0].toLowerCase())
    ? first - 1
    : first
}

/** Where the words reported start, after a frame such as "Vladimir Putin further emphasised that"
 * among the first words; 0 when there is none. The passage's tools name the speaker. */
export function reportedFrom(words: RegExpMatchArray[]): number {
  for (let k = 1; k < REPORT_FRAME_WORDS && k < words.length; k++) {
    const word = words[k]![0].toLowerCase()
    if (!ATTRIBUTION.cues.has(word)) continue
    for (let j = k + 1; j <= k + 2 && j < words.length; j++) {
      if (words[j]![0].toLowerCase() === 'that') return j + 1
    }
  }
  return 0
}

/** How far into a passage a report's frame ends, at most. */
const REPORT_FRAME_WORDS = 6

/** A cut that opens on a preposition a word or two before "and" starts after it, on what "and" opens
 * ("called on him to end the war…", not "on the phone and called on him…"), if that keeps the cue. */
function afterConnective(words: RegExpMatchArray[], first: number, cue: number): number {
  // Only a cut that opens mid-phrase, on a preposition: "the United States and its allies" is whole.
  if (first === 0 || !isPreposition(words[first]![0])) return first
  for (let k = first; k < first + CONNECTIVE_REACH && k < cue; k++) {
    if (/^(?:and|but|then)$/i.test(words[k]![0])) return k + 1
  }
  return first
}

/** How far into a cut a connective may stand and still open it. */
const CONNECTIVE_REACH = 4

/** A cut that would start inside a quotation ("deux of the dragon…" of "A “cooperative pas de deux of
 * the dragon…”") starts at its opening mark instead, so the speaker's words come whole. */
function openingOfQuotation(phrase: string, words: RegExpMatchArray[], first: number): number {
  const before = phrase.slice(0, words[first]!.index)
  const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('«'))
  if (open < 0 || Math.max(before.lastIndexOf('”'), before.lastIndexOf('»')) > open) return first
  const opening = words.findIndex((w) => w.index! + w[0].length > open)
  return opening >= 0 ? opening : first
}

/** Words that set a claim's scope: a quote that drops them says something else. */
const SCOPE_WORDS = new Set([
  'not',
  "n't",
  'no',
  'never',
  'nothing',
  'none',
  'only',
  'any',
  'all',
  'without',
  'neither',
  'nor',
])
