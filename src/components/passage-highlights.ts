import { passageIdOf } from './passage-elements'

const FLASH_MS = 1600

/** The passage hovered or focused (null when none) and the counterparts lit for it. */
export type LitListener = (source: string | null, lit: string[]) => void

/** The DOM id of a passage element: unique on the page, so lighting it up is a hash lookup. */
export const passageDomId = (prefix: string, passageId: string) => `${prefix}-${passageId}`

/**
 * Which passages are lit (counterparts of the hovered or focused one) or flashed (just jumped to).
 * The marks are attributes set on the passage elements directly, found by DOM id: a hover costs a few
 * lookups, however many thousand passages the page holds, and no React render at all. React never
 * sets these attributes, so it never undoes them.
 */
export function createPassageHighlights(find: (passageId: string) => HTMLElement | null) {
  let counterparts = new Map<string, string[]>()
  let source: string | null = null
  let lit: string[] = []
  let flashed: string[] = []
  let flashTimer: ReturnType<typeof setTimeout> | undefined
  const listeners = new Set<LitListener>()
  const notify = () => listeners.forEach((listener) => listener(source, lit))

  const mark = (ids: string[], attribute: string, on: boolean) => {
    for (const id of ids) {
      const el = find(id)
      if (on) el?.setAttribute(attribute, '')
      else el?.removeAttribute(attribute)
    }
  }

  const highlights = {
    /** The counterparts of a new comparison (see counterpart-map.ts). */
    setCounterparts(next: Map<string, string[]>) {
      highlights.clear()
      counterparts = next
    },
    /** Light up the counterparts of a passage. */
    light(id: string) {
      if (id === source) return
      mark(lit, 'data-lit', false)
      source = id
      lit = counterparts.get(id) ?? []
      mark(lit, 'data-lit', true)
      notify()
    },
    clear() {
      mark(lit, 'data-lit', false)
      source = null
      lit = []
      notify()
    },
    /** Calls `listener` whenever the lit passages change (the gutter connectors follow them). */
    subscribe(listener: LitListener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    flash(ids: string[]) {
      clearTimeout(flashTimer)
      mark(flashed, 'data-flash', false)
      flashed = ids
      mark(flashed, 'data-flash', true)
      flashTimer = setTimeout(() => {
        mark(flashed, 'data-flash', false)
        flashed = []
      }, FLASH_MS)
    },
  }
  return highlights
}

export type PassageHighlights = ReturnType<typeof createPassageHighlights>

/**
 * Hover and focus handlers for an element holding passages: it listens on behalf of all of them and
 * lights the counterparts of the one under the pointer or focus.
 */
export function counterpartLighting(highlights: PassageHighlights) {
  return {
    onMouseOver: (event: { target: EventTarget | null }) => {
      const id = passageIdOf(event.target)
      if (id) highlights.light(id)
      else highlights.clear()
    },
    onMouseOut: (event: { relatedTarget: EventTarget | null }) => {
      if (!passageIdOf(event.relatedTarget)) highlights.clear()
    },
    onFocus: (event: { target: EventTarget | null }) => {
      const id = passageIdOf(event.target)
      if (id) highlights.light(id)
    },
    onBlur: (event: { relatedTarget: EventTarget | null }) => {
      if (!passageIdOf(event.relatedTarget)) highlights.clear()
    },
  }
}
