/**
 * Who speaks: a named source next to a cue verb ("Ushakov added:", "as characterized by Yury
 * Ushakov", "…,” said Putin"), a pronoun before the cue ("he said") carrying the last named source,
 * and a quotation that runs over several passages carrying its speaker. PARC's source + cue +
 * content, done with a lexicon; unnamed voices stay null.
 */
import { ATTRIBUTION, STOPWORDS, isTitleWord } from './lexicons'
import type { Token } from './tokenize'

/** How far from the cue verb its subject may stand ("Trump shook his head and said"). */
const LOOK_LEFT = 6
const LOOK_RIGHT = 4

export interface Source {
  /** The surname-like last word of the name ("Ushakov"), or null for "he"/"she". */
  name: string | null
  /** All words of the name ("Yury Ushakov"), lower-cased, so they can be kept out of similarity. */
  words: string[]
}

function isName(t: Token | undefined, index: number): boolean {
  if (!t || !t.capitalized || STOPWORDS.has(t.word)) return false
  return !(index === 0 && STOPWORDS.has(t.word)) && !isTitleWord(t.word)
}

/** Extends a name from `index` over adjacent capitalized words not separated by punctuation. */
function nameRun(tokens: readonly Token[], index: number, text: string, step: 1 | -1): number[] {
  const run = [index]
  for (let k = index + step; isName(tokens[k], k); k += step) {
    const [x, y] = step === 1 ? [tokens[k - 1]!, tokens[k]!] : [tokens[k]!, tokens[k + 1]!]
    if (text.slice(x.end, y.start).trim() !== '') break
    run.push(k)
  }
  return run.sort((p, q) => p - q)
}

const isTitle = (t: Token | undefined) => t !== undefined && isTitleWord(t.word)

function sourceOf(tokens: readonly Token[], run: number[], text: string): Source {
  const [from, to] = [run[0]!, run[run.length - 1]!]
  const last = tokens[to]!
  const words = run.map((k) => tokens[k]!.word)
  // "The Russian side emphasized": a party speaking as a body is named with the body.
  const body = tokens[to + 1]
  if (
    body &&
    ATTRIBUTION.collectives.has(body.word) &&
    text.slice(last.end, body.start).trim() === ''
  ) {
    return { name: `the ${text.slice(tokens[from]!.start, body.end)}`, words }
  }
  // "the President of Russia said": the office speaks, not the country.
  if (tokens[from - 1]?.word === 'of' && isTitle(tokens[from - 2])) {
    let start = from - 2
    while (isTitle(tokens[start - 1])) start--
    return { name: text.slice(tokens[start]!.start, last.end), words }
  }
  return { name: text.slice(last.start, last.end).replace(/['’]s$/, ''), words }
}

/** Whether the text before `at` ends in a comma or a quotation mark, spaces aside ("…,” said
 * Putin"): read back from `at`, not by a pattern over the whole text before it. */
function marksInversion(text: string, at: number): boolean {
  let k = at - 1
  while (k >= 0 && /\s/.test(text[k]!)) k--
  return k >= 0 && (text[k] === ',' || text[k] === '”' || text[k] === '"')
}

/** The source of a sentence, if a cue verb has a named or pronoun subject. */
export function findSource(tokens: readonly Token[], text: string): Source | null {
  for (let i = 0; i < tokens.length; i++) {
    const cue = tokens[i]!
    // A capitalized cue is part of a name ("the United States"), unless it opens the sentence.
    if (!ATTRIBUTION.cues.has(cue.word) || (cue.capitalized && i > 0)) continue
    for (let k = i - 1; k >= 0 && k >= i - LOOK_LEFT; k--) {
      const t = tokens[k]!
      if (ATTRIBUTION.pronouns.has(t.word)) return { name: null, words: [] }
      // "The union's offer included what it characterized as…": the subject is the offer.
      if (isName(t, k) && /['’]s$/.test(text.slice(t.start, t.end))) break
      if (isName(t, k)) return sourceOf(tokens, nameRun(tokens, k, text, -1), text)
    }
    // "characterized by Yury Ushakov", "according to Peskov", "…,” said Putin: the name follows.
    const inverted = marksInversion(text, cue.start)
    for (let k = i + 1; k <= i + LOOK_RIGHT && k < tokens.length; k++) {
      const before = tokens[k - 1]!.word
      if (!isName(tokens[k], k)) continue
      if (
        before === 'by' ||
        (before === 'to' && cue.word === 'according') ||
        (k === i + 1 && inverted)
      ) {
        return sourceOf(tokens, nameRun(tokens, k, text, 1), text)
      }
      break
    }
  }
  return null
}

/** Speakers of the passages of one account, in order, and every word used to name them. */
export function attributeSpeakers(passages: { tokens: readonly Token[]; text: string }[]): {
  speakers: (string | null)[]
  nameWords: Set<string>
} {
  let lastNamed: string | null = null
  let inQuote: string | null = null
  const nameWords = new Set<string>()
  const speakers = passages.map(({ tokens, text }) => {
    const source = findSource(tokens, text)
    if (source?.name) {
      lastNamed = source.name
      source.words.forEach((w) => nameWords.add(w))
    }
    const speaker = source ? (source.name ?? lastNamed) : inQuote
    const opens = count(text, '“', '«')
    const closes = count(text, '”', '»')
    if (opens > closes) inQuote = speaker
    else if (closes > opens) inQuote = null
    return speaker
  })
  return { speakers, nameWords }
}

/** How many times either mark occurs in the text: two scans, no array of matches. */
function count(text: string, x: string, y: string): number {
  let n = 0
  for (const mark of [x, y]) {
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) n++
  }
  return n
}
