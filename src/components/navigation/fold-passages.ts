import type { Segment } from '../../core'

/**
 * What a pane shows, in reading order: paragraphs (or the shown part of one), and folds, each a run of
 * consecutive passages the filters hide, shown as one stub. A fold may span paragraph breaks.
 */
export type Block<P = Segment> =
  { kind: 'paragraph'; passages: P[] } | { kind: 'fold'; passages: P[] }

/** Paragraphs as blocks; with `shown`, runs of passages it rejects are folded. */
export function foldPassages(
  paragraphs: Segment[][],
  shown: ((passage: Segment) => boolean) | null,
): Block[] {
  if (!shown) return paragraphs.map((passages) => ({ kind: 'paragraph', passages }))
  const blocks: Block[] = []
  let fold: Segment[] = []
  for (const paragraph of paragraphs) {
    let piece: Segment[] = []
    for (const passage of paragraph) {
      if (shown(passage)) {
        if (fold.length > 0) blocks.push({ kind: 'fold', passages: fold })
        fold = []
        piece.push(passage)
      } else {
        if (piece.length > 0) blocks.push({ kind: 'paragraph', passages: piece })
        piece = []
        fold.push(passage)
      }
    }
    if (piece.length > 0) blocks.push({ kind: 'paragraph', passages: piece })
  }
  if (fold.length > 0) blocks.push({ kind: 'fold', passages: fold })
  return blocks
}
