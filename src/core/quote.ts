/**
 * The key phrase of a passage: the clause that carries its claim on the divergence's topic, so a
 * divergence can quote a few words from each side instead of whole passages. Always a verbatim
 * slice of the passage.
 */
import { scoreTopics } from './annotate'
import type { Passage } from './passage'
import { continuesPrevious } from './passage-quality'
import { MAX_WORDS, RUN_ON, cutAroundClaim, reportedFrom } from './quote-cut'
import { LIST_ITEM_WORDS, MIN_WORDS, isPreposition, countWords, tidy } from './quote-finish'

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
    !isPreposition(text.slice(clauses[from - 1]!.start).split(/\s/)[0]!) &&
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
  return cutAroundClaim(sentence, start, phrase, words)
}
