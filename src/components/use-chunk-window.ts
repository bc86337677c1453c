import { startTransition, useCallback, useEffect, useRef, useState } from 'react'

/** Accounts with more passages than this are rendered only near the viewport: below it, rendering
 * them whole (a chunk per task) costs less than the bookkeeping. */
export const WINDOW_ABOVE = 2000

interface WindowState<T> {
  chunks: T[]
  /** Chunks in view now, and the measured height of each chunk seen so far. */
  visible: ReadonlySet<number>
  heights: ReadonlyMap<number, number>
  /** Chunks rendered; the others are placeholders of their (measured or estimated) height. */
  active: ReadonlySet<number>
}

/** The chunks in view and one on each side, so the next one is ready before it scrolls in. */
function around(visible: Iterable<number>, count: number): number[] {
  const out = new Set<number>()
  for (const i of visible) for (const j of [i - 1, i, i + 1]) if (j >= 0 && j < count) out.add(j)
  return [...out]
}

const union = (set: ReadonlySet<number>, more: number[]) =>
  more.every((i) => set.has(i)) ? set : new Set([...set, ...more])

const canObserve = () => typeof IntersectionObserver !== 'undefined'

/**
 * Which chunks of a pane to render. Windowed (long accounts), only the chunks near the viewport are
 * rendered, as they come into view: rendering eight thousand passages would cost the page seconds of
 * work and a heap whose garbage collection pauses alone exceed 50 ms. Not windowed, every chunk is
 * rendered, one per task, top first. A new set of chunks (a new lens) re-renders only those in view.
 */
export function useChunkWindow<T>(chunks: T[], windowed: boolean) {
  const windowing = windowed && canObserve()
  // Windowed, the first frame shows placeholders only; the observer then asks for what is in view,
  // so the first chunks come in a frame of their own.
  const [state, setState] = useState<WindowState<T>>(() => ({
    chunks,
    visible: new Set(),
    heights: new Map(),
    active: new Set(windowing ? [] : [0]),
  }))
  let current = state
  if (state.chunks !== chunks) {
    current = { ...state, chunks, active: new Set(around(state.visible, chunks.length)) }
    setState(current)
  }
  const observer = useRef<IntersectionObserver | null>(null)

  /** Ref callback for each chunk's element (which carries `data-chunk`). */
  const observe = useCallback((el: HTMLElement | null) => {
    if (!el || !canObserve()) return
    observer.current ??= new IntersectionObserver((entries) => {
      startTransition(() =>
        setState((s) => {
          const visible = new Set(s.visible)
          const heights = new Map(s.heights)
          for (const entry of entries) {
            const index = Number((entry.target as HTMLElement).dataset.chunk)
            if (entry.isIntersecting) visible.add(index)
            else visible.delete(index)
            heights.set(index, entry.boundingClientRect.height)
          }
          return {
            ...s,
            visible,
            heights,
            active: union(s.active, around(visible, s.chunks.length)),
          }
        }),
      )
    })
    observer.current.observe(el)
    return () => observer.current?.unobserve(el)
  }, [])
  useEffect(() => () => observer.current?.disconnect(), [])

  // Not windowed: one more chunk per task until all are in.
  useEffect(() => {
    if (windowing) return
    const next = current.chunks.findIndex((_, i) => !current.active.has(i))
    if (next < 0) return
    const timer = setTimeout(() => {
      startTransition(() =>
        setState((s) =>
          s.chunks === current.chunks ? { ...s, active: union(s.active, [next]) } : s,
        ),
      )
    }, 0)
    return () => clearTimeout(timer)
  }, [current, windowing])

  /** Renders these chunks now (a jump to a passage far from view). */
  const activate = useCallback((indexes: number[]) => {
    startTransition(() => setState((s) => ({ ...s, active: union(s.active, indexes) })))
  }, [])

  return { active: current.active, heights: current.heights, observe, activate }
}
