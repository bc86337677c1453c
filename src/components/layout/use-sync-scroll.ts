import { useEffect, type RefObject } from 'react'
import { levelCounterparts } from './level-counterparts'
import { sideBySidePanes } from './pane-geometry'
import { isProgrammaticScroll } from './programmatic-scroll'

/**
 * While `enabled`, a reader's scroll in one pane scrolls the other to keep aligned passages level.
 * The scrolls this makes (and the jumps to a divergence) are noted as the app's own, so they neither
 * sync back nor undo a jump.
 */
export function useSyncScroll(rootRef: RefObject<HTMLElement | null>, enabled: boolean) {
  useEffect(() => {
    const root = rootRef.current
    if (!root || !enabled) return
    const onScroll = (event: Event) => {
      const panes = sideBySidePanes(root)
      const scrolled = event.target
      if (!panes || !(scrolled instanceof HTMLElement) || !panes.includes(scrolled)) return
      if (isProgrammaticScroll(scrolled)) return
      levelCounterparts(scrolled, scrolled === panes[0] ? panes[1] : panes[0])
    }
    // Scroll events do not bubble, but they do pass the root on their way down.
    root.addEventListener('scroll', onScroll, { capture: true, passive: true })
    return () => root.removeEventListener('scroll', onScroll, { capture: true })
  }, [rootRef, enabled])
}
