import { startTransition, useEffect, useState } from 'react'

interface Progress<T> {
  items: T[]
  /** How many of `items` are rendered. */
  done: number
  /** What was rendered before `items` came: shown in the slots not yet replaced. */
  previous: T[]
}

function visible<T>({ items, done, previous }: Progress<T>): T[] {
  return done >= items.length ? items : [...items.slice(0, done), ...previous.slice(done)]
}

/**
 * The items to render: the first at once, then one more per task until all are in. Rendering a long
 * account in one go would block the page for hundreds of milliseconds; one chunk per task keeps every
 * task short, and the timeout between chunks lets the browser paint and answer input.
 * When new items replace old ones (a new lens), they are swapped in slot by slot the same way, and the
 * old ones stay in the slots not yet reached, so the reader keeps their place on the page.
 */
export function useProgressiveItems<T>(items: T[]): T[] {
  const [state, setState] = useState<Progress<T>>({ items, done: 1, previous: [] })
  let current = state
  if (state.items !== items) {
    current = { items, done: 1, previous: visible(state) }
    setState(current)
  }
  useEffect(() => {
    if (current.done >= Math.max(current.items.length, current.previous.length)) return
    const timer = setTimeout(() => {
      startTransition(() =>
        setState((s) => (s.items === current.items ? { ...s, done: s.done + 1 } : s)),
      )
    }, 0)
    return () => clearTimeout(timer)
  }, [current])
  return visible(current)
}
