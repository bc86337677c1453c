import { useEffect, useState } from 'react'

const LAYER = 'parallax:layer'

/**
 * A view opened over the page (the side-by-side pair of a set) with an entry in the browser's history,
 * so Back closes it as a reader expects, instead of leaving the set. The address stays the same: the
 * route is read from the fragment, so nothing else re-renders for it.
 */
export function useHistoryLayer<T>() {
  const [layer, setLayer] = useState<T | null>(null)
  useEffect(() => {
    const onPop = () => {
      const state = window.history.state as Record<string, unknown> | null
      if (!state?.[LAYER]) setLayer(null)
    }
    window.addEventListener('popstate', onPop)
    return () => window.removeEventListener('popstate', onPop)
  }, [])
  const open = (value: T) => {
    window.history.pushState({ ...(window.history.state as object), [LAYER]: true }, '')
    setLayer(value)
  }
  const close = () => {
    const state = window.history.state as Record<string, unknown> | null
    if (state?.[LAYER]) window.history.back()
    else setLayer(null)
  }
  return { layer, open, close }
}
