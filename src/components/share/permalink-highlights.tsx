import { createContext, useContext, type ReactNode } from 'react'
import type { Segment } from '../../core'
import type { TextSpan } from '../../lib/selection-offsets'

const NONE: TextSpan[] = []
const PermalinkHighlightsContext = createContext<TextSpan[]>(NONE)

/** The passages a link asked to highlight, as offsets into the texts shown. */
export function PermalinkHighlightsProvider(props: { spans: TextSpan[]; children: ReactNode }) {
  return (
    <PermalinkHighlightsContext value={props.spans}>{props.children}</PermalinkHighlightsContext>
  )
}

/**
 * True when a passage overlaps a linked range. A link's range is what its sender selected, which need
 * not match the passages this version cuts: every passage it touches is marked.
 */
export function usePermalinkHighlight(segment: Segment): boolean {
  const spans = useContext(PermalinkHighlightsContext)
  return spans.some(
    (span) => span.side === segment.side && span.start < segment.end && segment.start < span.end,
  )
}
