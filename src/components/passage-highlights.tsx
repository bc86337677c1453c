import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react'

const FLASH_MS = 1600

/**
 * Which passages are lit (counterparts of the hovered or focused one) or flashed (just jumped to).
 * A tiny external store rather than React state, so hovering re-renders only the passages that change.
 */
export function createPassageHighlights(links: Map<string, string[]>) {
  let lit = new Set<string>()
  let flashed = new Set<string>()
  let flashTimer: ReturnType<typeof setTimeout> | undefined
  const listeners = new Set<() => void>()
  const notify = () => listeners.forEach((listener) => listener())

  return {
    subscribe(listener: () => void) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    isLit: (id: string) => lit.has(id),
    isFlashed: (id: string) => flashed.has(id),
    /** Light up the counterparts of a passage. */
    light(id: string) {
      lit = new Set(links.get(id) ?? [])
      notify()
    },
    clear() {
      if (lit.size === 0) return
      lit = new Set()
      notify()
    },
    flash(ids: string[]) {
      clearTimeout(flashTimer)
      flashed = new Set(ids)
      notify()
      flashTimer = setTimeout(() => {
        flashed = new Set()
        notify()
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
  const lit = useSyncExternalStore(store.subscribe, () => store.isLit(id))
  const flashed = useSyncExternalStore(store.subscribe, () => store.isFlashed(id))
  return { lit, flashed }
}
