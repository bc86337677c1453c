import { useCallback, useEffect, useRef } from 'react'
import type { ShowPassages } from '../reveal-passages'

/**
 * A stable handler for a stub's button (chunks are memoized on it): unfolds the run, then moves focus
 * to its first passage once that is on the page, as the button it replaces is gone.
 */
export function useUnfoldRun(unfold: (ids: string[]) => void, showPassages: ShowPassages) {
  const show = useRef(showPassages)
  useEffect(() => {
    show.current = showPassages
  })
  return useCallback(
    (ids: string[]) => {
      unfold(ids)
      show.current([ids.slice(0, 1)], () => {})
    },
    [unfold],
  )
}
