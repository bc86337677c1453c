import { useEffect, useState } from 'react'
import type { TextSpan } from '../../lib/selection-offsets'

export interface PaneSelection<S = TextSpan> {
  span: S
  /** Where the selection ends on screen (viewport coordinates), to put the button by it. */
  rect: DOMRect
  /** The selection was made with Shift held: it adds to the last link. */
  shift: boolean
}

/** Long enough for a drag's last selectionchange to settle; short enough to feel immediate. */
const SETTLE_MS = 120

/** How a range of the page is read as account text: a pair's (`selectionOffsets`) or a set's. */
type ReadRange<S> = (range: Range) => S | null

function readSelection<S>(shift: boolean, read: ReadRange<S>): PaneSelection<S> | null {
  const selection = document.getSelection()
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null
  const range = selection.getRangeAt(0)
  const span = read(range)
  if (!span) return null
  const rects = range.getClientRects()
  const rect = rects[rects.length - 1] ?? range.getBoundingClientRect()
  return { span, rect, shift }
}

/**
 * The text selected in an account pane, or null. Read once the selection settles (after the pointer is
 * released, or a moment after a keyboard or script selection), never mid-drag, and again on scroll so
 * the button stays by the words.
 */
export function usePaneSelection<S>(read: ReadRange<S>): PaneSelection<S> | null {
  const [current, setCurrent] = useState<PaneSelection<S> | null>(null)
  useEffect(() => {
    let pointerDown = false
    let shift = false
    let timer: ReturnType<typeof setTimeout> | undefined
    let frame = 0
    const update = () => setCurrent(readSelection(shift, read))
    const settle = () => {
      clearTimeout(timer)
      if (!pointerDown) timer = setTimeout(update, SETTLE_MS)
    }
    const onSelectionChange = () => {
      const selection = document.getSelection()
      if (!selection || selection.isCollapsed) {
        clearTimeout(timer)
        setCurrent(null)
      } else settle()
    }
    const onPointerDown = () => (pointerDown = true)
    const onPointerUp = (event: PointerEvent) => {
      pointerDown = false
      shift = event.shiftKey
      settle()
    }
    // A selection made from the keyboard (Shift+arrows) is a new one, not an addition.
    const onKeyDown = () => (shift = false)
    const onScroll = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => setCurrent((c) => (c ? readSelection(c.shift, read) : c)))
    }
    document.addEventListener('selectionchange', onSelectionChange)
    document.addEventListener('pointerdown', onPointerDown, true)
    document.addEventListener('pointerup', onPointerUp, true)
    document.addEventListener('pointercancel', onPointerUp, true)
    document.addEventListener('keydown', onKeyDown, true)
    window.addEventListener('scroll', onScroll, { capture: true, passive: true })
    window.addEventListener('resize', onScroll, { passive: true })
    return () => {
      clearTimeout(timer)
      cancelAnimationFrame(frame)
      document.removeEventListener('selectionchange', onSelectionChange)
      document.removeEventListener('pointerdown', onPointerDown, true)
      document.removeEventListener('pointerup', onPointerUp, true)
      document.removeEventListener('pointercancel', onPointerUp, true)
      document.removeEventListener('keydown', onKeyDown, true)
      window.removeEventListener('scroll', onScroll, { capture: true })
      window.removeEventListener('resize', onScroll)
    }
  }, [read])
  return current
}
