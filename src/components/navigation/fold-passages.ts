import type { Segment } from '../../core'

/**
 * What a pane shows, in reading order: paragraphs (or the shown part of one), and folds, each a run of
 * consecutive passages the filters hide, shown as one stub. A fold may span paragraph breaks.
 */
export type Block =
  { kind: 'paragraph'; segments: Segment[] } | { kind: 'fold'; segments: Segment[] }

/** Paragraphs as blocks; with `shown`, runs of passages it rejects are folded. */
export function foldPassages(
  paragraphs: Segment[][],
  shown: ((segment: Segment) => boolean) | null,
): Block[] {
  if (!shown) return paragraphs.map((segments) => ({ kind: 'paragraph', segments }))
  const blocks: Block[] = []
  let fold: Segment[] = []
  for (const paragraph of paragraphs) {
    let piece: Segment[] = []
    for (const segment of paragraph) {
      if (shown(segment)) {
        if (fold.length > 0) blocks.push({ kind: 'fold', segments: fold })
        fold = []
        piece.push(segment)
      } else {
        if (piece.length > 0) blocks.push({ kind: 'paragraph', segments: piece })
        piece = []
        fold.push(segment)
      }
    }
    if (piece.length > 0) blocks.push({ kind: 'paragraph', segments: piece })
  }
  if (fold.length > 0) blocks.push({ kind: 'fold', segments: fold })
  return blocks
}
