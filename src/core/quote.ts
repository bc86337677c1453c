/**
 * The key phrase of a passage: the clause that carries its claim on the divergence's topic, so a
 * divergence can quote a few words from each side instead of whole passages. Always a verbatim
 * slice of the passage.
 */
import { scoreTopics } from './annotate'
import { ATTRIBUTION } from './lexicons'
import type { Passage } from './passage'
import { continuesPrevious } from './passage-quality'
import { LIST_ITEM_WORDS, MIN_WORDS, PREPOSITION, countWords, tidy, trimCut } from './quote-finish'

const MAX_WORDS = 16
/** Words kept before the claim cue when a long clause has to be cut. */
const CONTEXT_BEFORE = 4
/** A clause whose cue stands at most this many words in is quoted from its start. */
const CLAUSE_REACH = 6
/** Words a quote may run past MAX_WORDS to reach the end of its clause rather than stop short. */
const RUN_ON = 4

interface Clause {
  start: number
  end: number
}

/** Clauses between clause marks. Quotation marks do not end a clause (the speaker's words run on
 * across them), and an editor's bracketed note ("[Asked about …]") is never a clause to quote. */
function clausesOf(text: string): Clause[] {
  const out: Clause[] = []
  let start = 0
  // A short parenthesis names or abbreviates what it follows ("the Associated Party Transaction
  // (APT) rules"): it stays inside its clause.
  const naming = [...text.matchAll(SHORT_PARENTHESIS)].map((m) => [m.index, m.index + m[0].length])
  for (const m of text.matchAll(/[,;:—–()]+\s*|\s*\[[^\]]*\]\s*/g)) {
    if (/^[()]\s*$/.test(m[0]) && naming.some(([from, to]) => from! <= m.index && m.index < to!)) {
      continue
    }
    const bracketNote =
      m[0].trim().startsWith('[') && (m.index === 0 || m.index + m[0].length >= text.length)
    if (m[0].trim().startsWith('[') && !bracketNote) continue
    if (m.index > start) out.push({ start, end: m.index })
    start = m.index + m[0].length
  }
  if (start < text.length) out.push({ start, end: text.length })
  return joinLists(
    text,
    out.filter((c) => /[\p{L}\p{N}]/u.test(text.slice(c.start, c.end))),
  )
}

/** A parenthesis of one or two words: "(APT)", "(guest star)". */
const SHORT_PARENTHESIS = /\((?:[^()\s]+\s?){1,2}\)/g

/** Items of a list a comma apart are no clauses: "contentious issues, differences, and conflicts"
 * is one, so a quote never opens on "differences, and conflicts". */
function joinLists(text: string, clauses: Clause[]): Clause[] {
  const out: Clause[] = []
  for (const clause of clauses) {
    const last = out.length - 1
    const commaAfter = (c: Clause | undefined, next: Clause) =>
      c !== undefined && /^,\s*$/.test(text.slice(c.end, next.start))
    // "…, and conflicts": the last item; the short ones before it, a comma apart, are the list.
    if (/^(?:and|or)\s/i.test(text.slice(clause.start)) && commaAfter(out[last], clause)) {
      let first = last
      while (
        first > 0 &&
        countWords(text.slice(out[first]!.start, out[first]!.end)) <= LIST_ITEM_WORDS &&
        commaAfter(out[first - 1], out[first]!)
      ) {
        first--
      }
      if (first < last) {
        const merged = { start: out[first]!.start, end: clause.end }
        out.splice(first, out.length - first, merged)
        continue
      }
    }
    out.push(clause)
  }
  return out
}

export interface QuoteFocus {
  /** The divergence's topic: clauses that name it read best. */
  topic: string
  /** The lens claim family: a clause carrying it is the claim itself. */
  lensClaim: string
  /** idf of a similarity term: distinctive words make a quotable clause. */
  idf: (term: string) => number
  /** In a contradiction the negated or negative claim is the point, so it is what gets quoted. */
  contradiction: boolean
  /** Words the quote must hold when the passage has them: a clash's words ("$800 million"), so the
   * quote shows what the reason names. */
  anchor?: string
}

/** Scores a clause by the claim cues, the topic terms and the distinctive words inside it. */
function clauseScore(sentence: Passage, clause: Clause, q: QuoteFocus): number {
  const tokens = sentence.annotation.tokens.filter(
    (t) => t.start >= clause.start && t.end <= clause.end,
  )
  const terms = new Set(tokens.map((t) => t.term))
  let score = [...terms].reduce((sum, t) => sum + q.idf(t), 0) / (tokens.length + 1)
  score += 1.5 * (scoreTopics(tokens, sentence.text).get(q.topic) ?? 0)
  for (const c of sentence.annotation.claims) {
    if (c.offset < clause.start || c.offset >= clause.end) continue
    score += (c.kind === q.lensClaim ? 3 : 1) + (c.negated ? 2 : 0)
    if (q.contradiction && (c.negated || c.polarity < 0)) score += 4
  }
  return score
}

/** A verbatim key phrase of `sentence`, trimmed to whole words. */
export function keyPhrase(sentence: Passage, q: QuoteFocus): string {
  const text = sentence.text
  const clauses = clausesOf(text)
  if (clauses.length === 0) return text
  const scores = clauses.map((c) => clauseScore(sentence, c, q))
  const anchorAt = q.anchor ? text.indexOf(q.anchor) : -1
  const anchored =
    anchorAt < 0 ? -1 : clauses.findIndex((c) => c.start <= anchorAt && anchorAt < c.end)
  const best = anchored >= 0 ? anchored : scores.indexOf(Math.max(...scores))
  let from = best
  let to = best
  // Grow toward the neighbours until the phrase reads on its own.
  while (countWords(text.slice(clauses[from]!.start, clauses[to]!.end)) < MIN_WORDS) {
    if (to < clauses.length - 1) to++
    else if (from > 0) from--
    else break
  }
  // A clause that opens on "and" continues the one before it: "our recently made, and agreed to,
  // Trade Deal", not "agreed to, Trade Deal". Take that one too while the quote stays short.
  while (
    from > 0 &&
    continuesPrevious(text.slice(clauses[from]!.start)) &&
    countWords(text.slice(clauses[from - 1]!.start, clauses[to]!.end)) <= MAX_WORDS
  ) {
    from--
  }
  // A span that starts on a list's last but one item ("Secretary of Commerce Howard Lutnick, and
  // United States Trade Representative") opens where the list does: its second item is no place to
  // start a quote. If the whole list is too long, its head and the item the span began with are
  // quoted. A clause opening on a preposition (", of China,") is an aside, not a list's head.
  const fits = (f: number, t: number) =>
    countWords(text.slice(clauses[f]!.start, clauses[t]!.end)) <= MAX_WORDS + RUN_ON
  if (
    from > 0 &&
    to > from &&
    /^(?:and|or)\s/i.test(text.slice(clauses[from + 1]!.start)) &&
    !PREPOSITION.test(text.slice(clauses[from - 1]!.start).split(/\s/)[0]!) &&
    /^,\s*$/.test(text.slice(clauses[from - 1]!.end, clauses[from]!.start))
  ) {
    if (fits(from - 1, to)) from--
    else if (fits(from - 1, from)) to = from--
  }
  // A parenthesis is quoted whole: "major role (guest star) performers", not "guest star) performers".
  const closesUnopened = () => {
    const span = text.slice(clauses[from]!.start, clauses[to]!.end)
    const [open, close] = [span.indexOf('('), span.indexOf(')')]
    return close >= 0 && (open < 0 || close < open)
  }
  const opensBefore = () => /\(\s*$/.test(text.slice(0, clauses[from]!.start))
  // Nor does a quote open just after one: "performers wages on…" of "major role (guest star) performers".
  const closesBefore = () => /\)\s*$/.test(text.slice(0, clauses[from]!.start))
  while (from > 0 && (opensBefore() || closesUnopened() || closesBefore())) from--
  const start = clauses[from]!.start
  const phrase = text.slice(start, clauses[to]!.end)
  const words = [...phrase.matchAll(/\S+/g)]
  // A clause only a few words too long is quoted whole: a cut would cost it its head or its end.
  if (words.length <= MAX_WORDS + RUN_ON) {
    // Past the usual length, the frame of a report goes first ("The Indian prime minister said that").
    const said = words.length > MAX_WORDS ? reportedFrom(words) : 0
    return tidy(
      phrase
        .slice(words[said]!.index)
        .trim()
        .replace(/[\s.,;:]+$/, ''),
    )
  }
  // Too long: keep the words around the claim the clause carries, a few before it.
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
  const clauseEnds = lastIndex === words.length - 1 || SUBORDINATORS.test(words[lastIndex + 1]![0])
  return tidy(clauseEnds ? cut : trimCut(cut))
}

/** A cut that would end inside a clause of purpose or reason ("with prudence so that the fringe
 * separatists bent") ends before it, where the main clause does. A condition ("unless", "if") is
 * never left behind that way: without it the point reads as its opposite. */
function beforeSubordinate(words: RegExpMatchArray[], first: number, last: number): number {
  for (let k = last; k >= first + MIN_WORDS; k--) {
    if (SUBORDINATORS.test(words[k]![0])) return k - 1
  }
  return last
}

const SUBORDINATORS = /^(?:so|because|which|whereas|while)$/i

/** A cut that would open just after "the" or "its" opens on it: "the Russian side had never
 * rejected…", not "Russian side had never rejected…". */
function withDeterminer(words: RegExpMatchArray[], first: number): number {
  // A cut that opens on a quotation quotes it, marks and all, and nothing before it.
  const opensQuotation = /^[“«"]/.test(words[first]![0])
  return first > 0 && !opensQuotation && DETERMINERS.test(words[first - 1]![0]) ? first - 1 : first
}

const DETERMINERS = /^(?:the|a|an|its|their|his|her|our)$/i

/** Where the words reported start, after a frame such as "Vladimir Putin further emphasised that"
 * among the first words; 0 when there is none. The passage's tools name the speaker. */
function reportedFrom(words: RegExpMatchArray[]): number {
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
  if (first === 0 || !PREPOSITION.test(words[first]![0])) return first
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
