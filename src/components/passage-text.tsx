import type { Segment } from '../core'

/**
 * A passage's words, with the ones jsdiff found no equal for in the counterpart marked. Piece offsets
 * point into the account's text, so the text is sliced from there; gaps between pieces stay plain.
 */
export function PassageText({ segment, text }: { segment: Segment; text: string }) {
  const { start, end, pieces } = segment
  if (pieces.length === 0) return text.slice(start, end)

  const parts = []
  let cursor = start
  for (const piece of [...pieces].sort((x, y) => x.start - y.start)) {
    const from = Math.max(piece.start, cursor)
    const to = Math.min(piece.end, end)
    if (to <= from) continue
    if (from > cursor) parts.push(text.slice(cursor, from))
    const words = text.slice(from, to)
    parts.push(
      piece.changed && words.trim() ? (
        <mark key={from} className="changed-words">
          {words}
        </mark>
      ) : (
        words
      ),
    )
    cursor = to
  }
  if (cursor < end) parts.push(text.slice(cursor, end))
  return parts
}
