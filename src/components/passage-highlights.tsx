import { createContext, useCallback, useContext, useSyncExternalStore, type ReactNode } from 'react'

const FLASH_MS = 1600
const LIT = 1
const FLASHED = 2

/**
 * Which passages are lit (counterparts of the hovered or focused one) or flashed (just jumped to).
 * Listeners are kept per passage, so a hover touches only the passages whose marks change: a pair of
 * long accounts has thousands of passages, and waking all of them on every mouse move would not do.
 */
export function createPassageHighlights(initialLinks: Map<string, string[]> = new Map()) {
  let links = initialLinks
  const marks = new Map<string, number>()
  const listeners = new Map<string, Set<() => void>>()
  let lit: string[] = []
  let flashed: string[] = []
  let flashTimer: ReturnType<typeof setTimeout> | undefined

  function mark(ids: string[], bit: number, on: boolean) {
    for (const id of ids) {
      const before = marks.get(id) ?? 0
      const after = on ? before | bit : before & ~bit
      if (after === before) continue
      if (after) marks.set(id, after)
      else marks.delete(id)
      listeners.get(id)?.forEach((listener) => listener())
    }
  }

  return {
    subscribe(id: string, listener: () => void) {
      let set = listeners.get(id)
      if (!set) listeners.set(id, (set = new Set()))
      set.add(listener)
      return () => {
        set.delete(listener)
        if (set.size === 0) listeners.delete(id)
      }
    },
    /** New links for a new comparison. One store lives as long as the view: a new store would be a new
     * context value, and every passage on the page would re-render at once. */
    setLinks(next: Map<string, string[]>) {
      mark(lit, LIT, false)
      lit = []
      links = next
    },
    /** Bit mask of the passage's marks: 1 lit, 2 flashed. */
    marksOf: (id: string) => marks.get(id) ?? 0,
    /** Light up the counterparts of a passage. */
    light(id: string) {
      mark(lit, LIT, false)
      lit = links.get(id) ?? []
      mark(lit, LIT, true)
    },
    clear() {
      mark(lit, LIT, false)
      lit = []
    },
    flash(ids: string[]) {
      clearTimeout(flashTimer)
      mark(flashed, FLASHED, false)
      flashed = ids
      mark(flashed, FLASHED, true)
      flashTimer = setTimeout(() => {
        mark(flashed, FLASHED, false)
        flashed = []
      }, FLASH_MS)
    },
  }
}

export type PassageHighlights = ReturnType<typeof createPassageHighlights>

const HighlightsContext = createContext<PassageHighlights | null>(null)

export function PassageHighlightsProvider(props: {
  value: PassageHighlights
  children: ReactNode
}) {
  return <HighlightsContext value={props.value}>{props.children}</HighlightsContext>
}

export function usePassageHighlights(): PassageHighlights {
  const store = useContext(HighlightsContext)
  if (!store) throw new Error('usePassageHighlights needs a <PassageHighlightsProvider>.')
  return store
}

/** Whether one passage is lit or flashed; re-renders only when that changes. */
export function usePassageMarks(id: string) {
  const store = usePassageHighlights()
  const subscribe = useCallback(
    (listener: () => void) => store.subscribe(id, listener),
    [store, id],
  )
  const bits = useSyncExternalStore(subscribe, () => store.marksOf(id))
  return { lit: (bits & LIT) !== 0, flashed: (bits & FLASHED) !== 0 }
}
