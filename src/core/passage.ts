import type { Annotation } from './annotate'
import type { Clash } from './clash'
import type { AccountKey, Alignment } from './types'

/** How a pair was found: shared words, what the two passages claim, or the reader's hand. */
export type LinkSource = 'words' | 'claim' | 'reader'

/** One counterpart of a sentence on the other side. */
export interface Counterpart {
  index: number
  score: number
  cosine: number
  primary: boolean
  /** True when the reader made this link by hand. */
  byReader: boolean
  via: LinkSource
  /** How sure the pairing is, 0..1. */
  confidence: number
  /** Why the two contradict each other, when they do. */
  clash: Clash | null
}

/** A sentence as the pipeline sees it: normalized offsets, annotation and alignment state. */
export interface Passage {
  id: string
  side: AccountKey
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
  /** Counterparts on the other side, best first. */
  counterparts: Counterpart[]
  moved: boolean
}
