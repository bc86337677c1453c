/**
 * Word marks for one aligned pair with jsdiff, over the words the pipeline already read (each passage
 * is tokenized once, in annotate.ts): `diffArrays` on those words, so no pair pays for a segmenter of
 * its own, and `maxEditLength` so no pair can blow up. "didn't" stays one word: tokens the tokenizer
 * split with no gap between them are joined again. Marks are offsets into the passage, covering it.
 */
import { diffArrays } from 'diff'
import { STOPWORDS } from './lexicons'
import { tokenize, type Token } from './tokenize'

/** A stretch of one passage, relative to the passage's start. */
export interface LocalPiece {
  start: number
  end: number
  changed: boolean
}

const MAX_EDIT_LENGTH = 200

/** A passage's words as parallel arrays: where each is, and what is compared (a number per distinct
 * lower-cased word, apostrophes folded), so jsdiff compares small integers, not fresh strings. */
interface Words {
  starts: number[]
  ends: number[]
  ids: number[]
}

/** Numbers for words: each spelling as met ("The") and each compared value ("the") gets one once, and
 * every later occurrence costs one lookup. One numbering per comparison (compare.ts), so nothing
 * outlives it; a pair's two passages must share one for their numbers to agree. */
export class WordNumbering {
  private readonly bySpelling = new Map<string, number>()
  private readonly byValue = new Map<string, number>()

  idOf(spelling: string): number {
    let id = this.bySpelling.get(spelling)
    if (id !== undefined) return id
    const lower = spelling.toLowerCase()
    // Most words have no curly apostrophe: no pattern run for them.
    const value = lower.includes('’') ? lower.replace(/’/g, "'") : lower
    id = this.byValue.get(value)
    if (id === undefined) this.byValue.set(value, (id = this.byValue.size))
    this.bySpelling.set(spelling, id)
    return id
  }
}

/** The passage's words: tokens that touch (did + n't) are one word again. */
function wordsOf(text: string, tokens: readonly Token[], numbering: WordNumbering): Words {
  const starts: number[] = []
  const ends: number[] = []
  for (const t of tokens) {
    if (ends.length > 0 && ends[ends.length - 1] === t.start) ends[ends.length - 1] = t.end
    else {
      starts.push(t.start)
      ends.push(t.end)
    }
  }
  const ids = new Array<number>(starts.length)
  for (let k = 0; k < starts.length; k++) ids[k] = numbering.idOf(text.slice(starts[k], ends[k]))
  return { starts, ends, ids }
}

function sameWords(x: readonly number[], y: readonly number[]): boolean {
  if (x.length !== y.length) return false
  for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return false
  return true
}

/** One unchanged piece over the whole passage (none for an empty one). */
const unchanged = (text: string): LocalPiece[] =>
  text.length > 0 ? [{ start: 0, end: text.length, changed: false }] : []

/** Marks for both sides of a pair; a pair too different to diff is marked changed throughout.
 * `tokensA`/`tokensB` are the passages' tokens when the caller has them; `numbering` the
 * comparison's, shared by all its pairs. */
export function diffPair(
  a: string,
  b: string,
  tokensA: readonly Token[] = tokenize(a),
  tokensB: readonly Token[] = tokenize(b),
  numbering: WordNumbering = new WordNumbering(),
): { a: LocalPiece[]; b: LocalPiece[] } {
  const [wa, wb] = [wordsOf(a, tokensA, numbering), wordsOf(b, tokensB, numbering)]
  // The same words in the same order: jsdiff would find one equal run, and each passage would be one
  // unchanged piece (the text between words goes with the equal word before it).
  if (sameWords(wa.ids, wb.ids)) return { a: unchanged(a), b: unchanged(b) }
  const changes = diffArrays(wa.ids, wb.ids, { maxEditLength: MAX_EDIT_LENGTH })
  if (!changes) {
    return {
      a: [{ start: 0, end: a.length, changed: true }],
      b: [{ start: 0, end: b.length, changed: true }],
    }
  }
  const changedA: boolean[] = []
  const changedB: boolean[] = []
  for (const change of changes) {
    const n = change.count ?? change.value.length
    if (!change.added) for (let k = 0; k < n; k++) changedA.push(!!change.removed)
    if (!change.removed) for (let k = 0; k < n; k++) changedB.push(!!change.added)
  }
  return {
    a: foldIslands(piecesOf(a, wa, changedA), a),
    b: foldIslands(piecesOf(b, wb, changedB), b),
  }
}

/** Appends a stretch to the pieces, extending the last one when it is marked the same and touches.
 * A function of its own, not a closure made per passage. */
function push(pieces: LocalPiece[], start: number, end: number, changed: boolean): void {
  if (end <= start) return
  const last = pieces[pieces.length - 1]
  if (last && last.changed === changed && last.end === start) last.end = end
  else pieces.push({ start, end, changed })
}

/**
 * Pieces covering the passage: each word marked as the diff says; text before the first word and
 * between words goes with the word before it when that word is equal, and stands on its own (equal)
 * after a changed word, so a mark never takes the punctuation that follows it ("[holds] .").
 */
function piecesOf(text: string, words: Words, changed: readonly boolean[]): LocalPiece[] {
  const pieces: LocalPiece[] = []
  let cursor = 0
  for (let k = 0; k < words.starts.length; k++) {
    push(pieces, cursor, words.starts[k]!, false)
    push(pieces, words.starts[k]!, words.ends[k]!, changed[k] ?? true)
    cursor = words.ends[k]!
  }
  push(pieces, cursor, text.length, false)
  return pieces
}

/** An equal stretch that is only stop words or punctuation (two words at most). */
function trivial(text: string, piece: LocalPiece): boolean {
  const words =
    text
      .slice(piece.start, piece.end)
      .toLowerCase()
      .match(/[\p{L}\p{N}']+/gu) ?? []
  return words.length <= 2 && words.every((w) => STOPWORDS.has(w))
}

/** Folds tiny equal islands (only stop words or punctuation) between two edits into the edit,
 * as diff-match-patch's semantic cleanup does: "the" matching "the" inside a rewrite is noise. */
function foldIslands(pieces: LocalPiece[], text: string): LocalPiece[] {
  const out: LocalPiece[] = []
  pieces.forEach((piece, k) => {
    const between = k > 0 && k < pieces.length - 1 && !piece.changed
    // Only an equal piece between two others can fold: the others' words are not read.
    const changed = piece.changed || (between && trivial(text, piece))
    const last = out[out.length - 1]
    if (last && last.changed === changed) last.end = piece.end
    else out.push({ start: piece.start, end: piece.end, changed })
  })
  return out
}
