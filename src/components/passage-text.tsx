import type { Segment } from '../core'

/**
 * A passage's words, with the ones jsdiff found no equal for in the counterpart marked. Piece offsets
 * point into the account's text, so the text is sliced from there; gaps between pieces stay plain.
 * Every run of text carries `data-offset`, where it starts in the account's text: a selection maps to
 * exact offsets through them, whatever labels the passage holds (src/lib/selection-offsets.ts).
 */
export function PassageText(props: {
  passage: Pick<Segment, 'start' | 'end' | 'pieces'>
  text: string
}) {
  const { passage, text } = props
  const { start, end, pieces } = passage
  const run = (from: number, to: number) => (
    <span key={from} data-offset={from}>
      {text.slice(from, to)}
    </span>
  )
  if (pieces.length === 0) return run(start, end)

  const parts = []
  let cursor = start
  for (const piece of [...pieces].sort((x, y) => x.start - y.start)) {
    const from = Math.max(piece.start, cursor)
    const to = Math.min(piece.end, end)
    if (to <= from) continue
    if (from > cursor) parts.push(run(cursor, from))
    const words = text.slice(from, to)
    parts.push(
      piece.changed && words.trim() ? (
        <mark key={from} data-offset={from} className="changed-words">
          {words}
        </mark>
      ) : (
        run(from, to)
      ),
    )
    cursor = to
  }
  if (cursor < end) parts.push(run(cursor, end))
  return parts
}
