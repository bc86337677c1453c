/**
 * Word marks for one aligned pair with jsdiff's diffWords, using an Intl.Segmenter in word mode so
 * "didn't" stays one token, and maxEditLength so no pair can blow up. jsdiff tidies whitespace in
 * the values it returns, so the marks are mapped back onto the original characters by walking the
 * non-space characters, which it never changes.
 */
import { diffWords, type ChangeObject } from 'diff'
import { STOPWORDS } from './lexicons'

/** A stretch of one passage, relative to the passage's start. */
export interface LocalPiece {
  start: number
  end: number
  changed: boolean
}

const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' })
const MAX_EDIT_LENGTH = 200

/** Marks for both sides of a pair; a pair too different to diff is marked changed throughout. */
export function diffPair(a: string, b: string): { a: LocalPiece[]; b: LocalPiece[] } {
  // Lower-casing keeps every offset when it keeps the length (it almost always does).
  const [la, lb] = [a.toLowerCase(), b.toLowerCase()]
  const caseless = la.length === a.length && lb.length === b.length
  const changes = diffWords(caseless ? la : a, caseless ? lb : b, {
    intlSegmenter: wordSegmenter,
    maxEditLength: MAX_EDIT_LENGTH,
  })
  if (!changes) {
    return {
      a: [{ start: 0, end: a.length, changed: true }],
      b: [{ start: 0, end: b.length, changed: true }],
    }
  }
  return {
    a: foldIslands(
      mapBack(
        caseless ? la : a,
        changes.filter((c) => !c.added),
      ),
      a,
    ),
    b: foldIslands(
      mapBack(
        caseless ? lb : b,
        changes.filter((c) => !c.removed),
      ),
      b,
    ),
  }
}

/** Locates each change's words in `text`; the pieces cover `text` from start to end. */
function mapBack(text: string, changes: ChangeObject<string>[]): LocalPiece[] {
  const pieces: LocalPiece[] = []
  let p = 0
  for (const change of changes) {
    let first = -1
    for (const ch of change.value) {
      if (/\s/.test(ch)) continue
      while (p < text.length && text[p] !== ch[0]) p++
      if (first < 0) first = p
      p += ch.length
    }
    if (first < 0) continue
    const changed = change.added || change.removed
    const last = pieces[pieces.length - 1]
    if (last) last.end = first
    if (last && last.changed === changed) last.end = p
    else pieces.push({ start: pieces.length ? first : 0, end: p, changed })
  }
  if (pieces.length) pieces[pieces.length - 1]!.end = text.length
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
