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

interface Word {
  start: number
  end: number
  /** Lower-cased, apostrophes folded: what is compared. */
  value: string
}

/** The passage's words: tokens that touch (did + n't) are one word again. */
function wordsOf(text: string, tokens: readonly Token[]): Word[] {
  const words: Word[] = []
  for (const t of tokens) {
    const last = words[words.length - 1]
    if (last && last.end === t.start) last.end = t.end
    else words.push({ start: t.start, end: t.end, value: '' })
  }
  for (const w of words) {
    const lower = text.slice(w.start, w.end).toLowerCase()
    // Most words have no curly apostrophe: no pattern run for them.
    w.value = lower.includes('’') ? lower.replace(/’/g, "'") : lower
  }
  return words
}

/** Marks for both sides of a pair; a pair too different to diff is marked changed throughout.
 * `tokensA`/`tokensB` are the passages' tokens when the caller has them. */
export function diffPair(
  a: string,
  b: string,
  tokensA: readonly Token[] = tokenize(a),
  tokensB: readonly Token[] = tokenize(b),
): { a: LocalPiece[]; b: LocalPiece[] } {
  const [wa, wb] = [wordsOf(a, tokensA), wordsOf(b, tokensB)]
  const changes = diffArrays(
    wa.map((w) => w.value),
    wb.map((w) => w.value),
    { maxEditLength: MAX_EDIT_LENGTH },
  )
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

/**
 * Pieces covering the passage: each word marked as the diff says; text before the first word and
 * between words goes with the word before it when that word is equal, and stands on its own (equal)
 * after a changed word, so a mark never takes the punctuation that follows it ("[holds] .").
 */
function piecesOf(text: string, words: readonly Word[], changed: readonly boolean[]): LocalPiece[] {
  const pieces: LocalPiece[] = []
  const push = (start: number, end: number, isChanged: boolean) => {
    if (end <= start) return
    const last = pieces[pieces.length - 1]
    if (last && last.changed === isChanged && last.end === start) last.end = end
    else pieces.push({ start, end, changed: isChanged })
  }
  let cursor = 0
  words.forEach((w, k) => {
    push(cursor, w.start, false)
    push(w.start, w.end, changed[k] ?? true)
    cursor = w.end
  })
  push(cursor, text.length, false)
  return pieces
}

/** Folds tiny equal islands (only stop words or punctuation) between two edits into the edit,
 * as diff-match-patch's semantic cleanup does: "the" matching "the" inside a rewrite is noise. */
function foldIslands(pieces: LocalPiece[], text: string): LocalPiece[] {
  const out: LocalPiece[] = []
  pieces.forEach((piece, k) => {
    const between = k > 0 && k < pieces.length - 1 && !piece.changed
    const words =
      text
        .slice(piece.start, piece.end)
        .toLowerCase()
        .match(/[\p{L}\p{N}']+/gu) ?? []
    const trivial = between && words.length <= 2 && words.every((w) => STOPWORDS.has(w))
    const changed = piece.changed || trivial
    const last = out[out.length - 1]
    if (last && last.changed === changed) last.end = piece.end
    else out.push({ start: piece.start, end: piece.end, changed })
  })
  return out
}
