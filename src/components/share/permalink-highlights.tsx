import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react'
import type { Comparison, Segment, Side } from '../../core'
import { keepInView } from '../../lib/keep-in-view'
import type { TextSpan } from '../../lib/selection-offsets'
import type { ShowPassages } from '../reveal-passages'

const NONE: TextSpan[] = []
const LinkedSpansContext = createContext<TextSpan[]>(NONE)

/** The passages a link asked to highlight, as offsets into the texts shown. */
export function PermalinkHighlightsProvider(props: { spans: TextSpan[]; children: ReactNode }) {
  return <LinkedSpansContext value={props.spans}>{props.children}</LinkedSpansContext>
}

/** The linked spans of the comparison on screen; none when it was not opened from a link. */
export const useLinkedSpans = (): TextSpan[] => useContext(LinkedSpansContext)

/**
 * True when a passage overlaps a linked span. A span is what its sender selected, which need not match
 * the passages this version cuts: every passage it touches is marked.
 */
export function overlapsLinked(spans: TextSpan[], passage: Segment): boolean {
  return spans.some(
    (span) => span.side === passage.side && span.start < passage.end && passage.start < span.end,
  )
}

/** Ids of the linked passages, one list per side in the order the link names them, in text order. */
export function linkedPassages(spans: TextSpan[], passages: Comparison['segments']): string[][] {
  const sides = [...new Set(spans.map((s) => s.side))] as Side[]
  return sides
    .map((side) => passages[side].filter((s) => overlapsLinked(spans, s)).map((s) => s.id))
    .filter((ids) => ids.length > 0)
}

/**
 * Brings the linked passages into view (and focus to the first) once, when the comparison first shows
 * them, and keeps them there while the page settles. Asked again on each render until it happened: long
 * accounts render their passages late.
 */
export function useRevealLinked(passages: Comparison['segments'], show: ShowPassages) {
  const spans = useLinkedSpans()
  const revealed = useRef(false)
  const stopKeeping = useRef(() => {})
  useEffect(() => {
    if (revealed.current || spans.length === 0) return
    const sides = linkedPassages(spans, passages)
    if (sides.length === 0) return
    // Only the first linked passage of each side is what the reader is taken to. Naming them all would
    // render every passage of a link that highlights a whole long account, in one go; the others are
    // marked as their part of the account is rendered.
    show(
      sides.map((ids) => ids.slice(0, 1)),
      (shown) => {
        revealed.current = true
        stopKeeping.current = keepInView(shown)
      },
    )
  }, [spans, passages, show])
  useEffect(() => () => stopKeeping.current(), [])
}
