import type { Annotation } from './annotate'
import type { Alignment, Side } from './types'

/** A sentence as the pipeline sees it: normalized offsets, annotation and alignment state. */
export interface Sentence {
  id: string
  side: Side
  index: number
  /** Offsets into the normalized text. */
  start: number
  end: number
  text: string
  paragraph: number
  annotation: Annotation
  /** Own topics first, then topics carried from the sentence before (strongest first). */
  topics: string[]
  /** True when the topics were carried over rather than read from the sentence itself. */
  topicsCarried: boolean
  speaker: string | null
  alignment: Alignment
  /** Counterpart indices on the other side, best first, with scores. */
  counterparts: {
    index: number
    score: number
    cosine: number
    primary: boolean
    /** True when the reader made this link by hand. */
    byReader: boolean
  }[]
  moved: boolean
}
