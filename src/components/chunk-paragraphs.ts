import type { Segment } from '../core'
import type { Block } from './navigation/fold-passages'

/** About this many passages per chunk: enough to fill a screen, few enough to render in a few ms. */
export const CHUNK_PASSAGES = 50

// A reading line at the pane's usual width, for the height guess; the browser corrects it on layout.
const CHARS_PER_LINE = 70
const LINE_PX = 29
const PARAGRAPH_GAP_PX = 16
// A fold is one small button however many passages it holds, and mounts none of them.
const FOLD_PX = 44

/** What a chunk needs of a passage: where it stands in its account's text. */
interface Spanned {
  start: number
  end: number
}

export interface Chunk<P extends Spanned = Segment> {
  blocks: Block<P>[]
  estimatedHeight: number
}

function blockSize(block: Block<Spanned>): { passages: number; height: number } {
  if (block.kind === 'fold') return { passages: 1, height: FOLD_PX }
  const { passages } = block
  const chars = passages[passages.length - 1]!.end - passages[0]!.start
  return {
    passages: passages.length,
    height: Math.ceil(chars / CHARS_PER_LINE) * LINE_PX + PARAGRAPH_GAP_PX,
  }
}

/** Whole paragraphs (and folds), packed into chunks of about `size` passages. */
export function chunkParagraphs<P extends Spanned = Segment>(
  blocks: Block<P>[],
  size = CHUNK_PASSAGES,
): Chunk<P>[] {
  const chunks: Chunk<P>[] = []
  let current: Block<P>[] = []
  let passages = 0
  let height = 0
  for (const block of blocks) {
    current.push(block)
    const added = blockSize(block)
    passages += added.passages
    height += added.height
    if (passages >= size) {
      chunks.push({ blocks: current, estimatedHeight: height })
      current = []
      passages = height = 0
    }
  }
  if (current.length > 0) chunks.push({ blocks: current, estimatedHeight: height })
  return chunks
}
