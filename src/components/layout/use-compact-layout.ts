import { useSyncExternalStore } from 'react'

/** Below this width the panes stack and the controls fold into the compact bar. */
const COMPACT_QUERY = '(max-width: 899px)'

const query = () =>
  typeof window.matchMedia === 'function' ? window.matchMedia(COMPACT_QUERY) : null

function subscribe(onChange: () => void) {
  const list = query()
  list?.addEventListener('change', onChange)
  return () => list?.removeEventListener('change', onChange)
}

/**
 * True on a phone-sized window (below 900px): the comparison leads with the first divergence and its
 * controls fold into one bar along the bottom edge. Without matchMedia (tests) the desktop layout.
 */
export function useCompactLayout(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => query()?.matches ?? false,
    () => false,
  )
}
