import type { Segment } from '../core'

/** About this many passages per chunk: enough to fill a screen, few enough to render in a few ms. */
export const CHUNK_PASSAGES = 50

// A reading line at the pane's usual width, for the height guess; the browser corrects it on layout.
const CHARS_PER_LINE = 70
const LINE_PX = 29
const PARAGRAPH_GAP_PX = 16

export interface Chunk {
  paragraphs: Segment[][]
  estimatedHeight: number
}

/** Whole paragraphs, packed into chunks of about `size` passages. */
export function chunkParagraphs(paragraphs: Segment[][], size = CHUNK_PASSAGES): Chunk[] {
  const chunks: Chunk[] = []
  let current: Segment[][] = []
  let passages = 0
  let height = 0
  for (const paragraph of paragraphs) {
    current.push(paragraph)
    passages += paragraph.length
    const chars = paragraph[paragraph.length - 1]!.end - paragraph[0]!.start
    height += Math.ceil(chars / CHARS_PER_LINE) * LINE_PX + PARAGRAPH_GAP_PX
    if (passages >= size) {
      chunks.push({ paragraphs: current, estimatedHeight: height })
      current = []
      passages = height = 0
    }
  }
  if (current.length > 0) chunks.push({ paragraphs: current, estimatedHeight: height })
  return chunks
}
