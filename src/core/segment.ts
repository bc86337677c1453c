/**
 * Paragraph → sentence segmentation with Intl.Segmenter, one paragraph at a time
 * (V8's segmenter copies its input per segment, so whole-text runs are quadratic on long texts).
 * ICU's rules are then mended where they fail on news prose: it breaks after "U.S." and "Mr.",
 * and it splits a closing quote or a lower-case continuation off the sentence it belongs to.
 */
import abbreviations from './lexicons/abbreviations.json'

export interface Span {
  start: number
  end: number
  paragraph: number
}

/** Passages longer than this are cut at a clause or word boundary, so no single pair can blow up. */
const MAX_SENTENCE = 1200

const ABBREVIATIONS = new Set(abbreviations.words.map((w) => w.toLowerCase()))
const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' })

/** The characters `\s` and `trim` take for white space (all in the Basic Multilingual Plane). */
const SPACES = new Set(
  [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff].concat(
    Array.from({ length: 11 }, (_, k) => 0x2000 + k),
  ),
)
const isSpace = (code: number) => SPACES.has(code)

/** What a line that ends a sentence ends with, before any white space. */
const SENTENCE_CLOSERS = new Set([...'.!?…:"”’»)]'].map((c) => c.charCodeAt(0)))

/** Splits text into paragraphs: a blank line always ends one; a single newline does when the line
 * before it ends a sentence (otherwise it is a hard wrap inside a paragraph). Each line is read in
 * place, by character codes: no line is cut out of the text. */
export function splitParagraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  let start = -1
  for (let lineStart = 0; lineStart <= text.length;) {
    const newline = text.indexOf('\n', lineStart)
    const i = newline < 0 ? text.length : newline
    // The line's first and last characters that are not white space (none on a blank line).
    let first = lineStart
    while (first < i && isSpace(text.charCodeAt(first))) first++
    let last = i
    while (last > first && isSpace(text.charCodeAt(last - 1))) last--
    const blank = first === i
    if (!blank && start < 0) start = first
    const endsSentence = !blank && SENTENCE_CLOSERS.has(text.charCodeAt(last - 1))
    if (start >= 0 && (blank || endsSentence || i === text.length)) {
      const end = blank ? lineStart : i
      out.push({ start, end: trimEnd(text, start, end) })
      start = -1
    }
    lineStart = i + 1
  }
  return out.filter((p) => p.end > p.start)
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--
  return end
}

/** Longer than any abbreviation: only this much of a sentence's end is looked at, so merging a long
 * run of "A. A. A." stays linear. */
const ABBREVIATION_TAIL = 24

/** True when text[start, end) ends with an abbreviation ("U.S.", "Mr."). */
function endsWithAbbreviation(text: string, start: number, end: number): boolean {
  // The last word of the tail, found by scanning back: every sentence ICU returns is asked.
  const from = Math.max(start, end - ABBREVIATION_TAIL)
  let to = end
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--
  let at = to
  while (at > from && !isSpace(text.charCodeAt(at - 1))) at--
  const last = text.slice(at, to)
  return ABBREVIATIONS.has(last.toLowerCase()) || /^(?:\p{Lu}\.){1,3}$/u.test(last)
}

/** A bracket or parenthesis opened and not yet closed: "[… about 4:16 a.m. Tehran time]" is one
 * editor's note, whatever full stops it holds. Only so long: a stray bracket does not swallow a
 * paragraph. */
const MAX_BRACKETED = 400

function insideBrackets(text: string, start: number, end: number): boolean {
  if (end - start > MAX_BRACKETED) return false
  let depth = 0
  for (let at = start; at < end; at++) {
    const c = text[at]
    if (c === '[' || c === '(') depth++
    else if ((c === ']' || c === ')') && depth > 0) depth--
  }
  return depth > 0
}

function startsAsContinuation(piece: string): boolean {
  // A lower-case word, a clause mark or a closing quote cannot start a sentence. A straight quote
  // closes when whitespace follows it, and opens when a letter does.
  return /^(?:\p{Ll}|[,;:—–]|[”’»)\]]|"(?:\s|$))/u.test(piece)
}

/** ICU is handed at most this much at once: its cost grows with the square of its input in V8. */
const ICU_CHUNK = 4000

/** Cuts a very long paragraph into pieces ICU can take, after a sentence end where there is one,
 * else at a space. Short paragraphs come back whole. */
function icuChunks(text: string): { start: number; end: number }[] {
  const chunks: { start: number; end: number }[] = []
  let start = 0
  while (text.length - start > ICU_CHUNK) {
    const head = text.slice(start, start + ICU_CHUNK)
    const sentenceEnd = Math.max(
      ...[...head.matchAll(/[.!?]["”’)\]]*\s+/g)].map((m) => m.index + m[0].length),
    )
    const space = head.lastIndexOf(' ') + 1
    const cut = sentenceEnd > ICU_CHUNK / 2 ? sentenceEnd : space > 0 ? space : ICU_CHUNK
    chunks.push({ start, end: start + cut })
    start += cut
  }
  chunks.push({ start, end: text.length })
  return chunks
}

/** Sentences of one paragraph, as absolute offsets into `text`. */
function sentencesOf(text: string, start: number, end: number, paragraph: number): Span[] {
  // Hard wraps become spaces (same length, so offsets hold) and stop ICU from breaking there.
  const slice = text.slice(start, end).replace(/\n/g, ' ')
  const raw: { start: number; end: number }[] = []
  for (const chunk of icuChunks(slice)) {
    for (const s of sentenceSegmenter.segment(slice.slice(chunk.start, chunk.end))) {
      const piece = s.segment
      const at = chunk.start + s.index
      const prev = raw[raw.length - 1]
      const merge =
        prev &&
        (endsWithAbbreviation(slice, prev.start, prev.end) ||
          startsAsContinuation(piece) ||
          insideBrackets(slice, prev.start, prev.end))
      if (merge) prev.end = at + piece.length
      else raw.push({ start: at, end: at + piece.length })
    }
  }
  const spans: Span[] = []
  for (const r of raw) {
    let s = r.start
    const e = trimEnd(slice, r.start, r.end)
    while (s < e && isSpace(slice.charCodeAt(s))) s++
    for (const cut of cutLong(slice, s, e)) {
      spans.push({ start: start + cut.start, end: start + cut.end, paragraph })
    }
  }
  return spans
}

/** Cuts an over-long sentence at the last clause mark or space before the limit. */
function cutLong(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  let s = start
  while (end - s > MAX_SENTENCE) {
    const head = text.slice(s, s + MAX_SENTENCE)
    let cut = Math.max(head.lastIndexOf('; '), head.lastIndexOf(', '))
    if (cut < MAX_SENTENCE / 2) cut = head.lastIndexOf(' ')
    const at = cut > 0 ? s + cut + 1 : s + MAX_SENTENCE
    out.push({ start: s, end: trimEnd(text, s, at) })
    s = at
    while (s < end && isSpace(text.charCodeAt(s))) s++
  }
  if (end > s) out.push({ start: s, end })
  return out
}

/** How often (in paragraphs) segmentation asks whether its time is up. */
const BUDGET_CHECK_EVERY = 256

/** A paragraph with no sentence end before its last characters is one sentence: ICU is not asked.
 * Full stops of scripts written without spaces (。！？) end a sentence with no space after them. */
const INNER_SENTENCE_END = /[.!?…؟।]["”’»)\]]*\s+\S|[。！？｡]\s*\S/

/** All sentences of a (normalized) text, in order, as offsets into it. Once `spent()` says the time
 * is up, the remaining paragraphs are kept whole (cut only where too long): every character still
 * lands in a passage, only the sentence breaks inside a paragraph are skipped. */
export function segmentSentences(text: string, spent: () => boolean = () => false): Span[] {
  const out: Span[] = []
  let late = false
  splitParagraphs(text).forEach((p, i) => {
    if (!late && i % BUDGET_CHECK_EVERY === 0) late = spent()
    if (late || !INNER_SENTENCE_END.test(text.slice(p.start, p.end))) {
      for (const cut of cutLong(text, p.start, p.end)) out.push({ ...cut, paragraph: i })
    } else {
      for (const span of sentencesOf(text, p.start, p.end, i)) out.push(span)
    }
  })
  return out
}
