import { useEffect, useRef, useState } from 'react'
import type { Divergence } from '../../core'
import { describePosition } from './describe-position'

export interface Announcement {
  text: string
  /** Changes with every announcement, so saying the same words twice is heard twice. */
  serial: number
}

/**
 * Which divergence the reader is on, stepping through `divergences` (the filtered list) without
 * wrapping: at either end it says so instead. `next`/`previous` only say where a step would go;
 * `select` goes there and announces it. `onReach` runs after the render that marks the new
 * current item, so passages unfolded for it are on the page by then.
 */
export function useDivergenceNavigation(
  divergences: Divergence[],
  labels: [string, string],
  onReach: (divergence: Divergence) => void,
) {
  const [currentId, setCurrentId] = useState<string | null>(null)
  const [announcement, setAnnouncement] = useState<Announcement>({ text: '', serial: 0 })
  const [reached, setReached] = useState<{ divergence: Divergence } | null>(null)
  const latestOnReach = useRef(onReach)
  useEffect(() => {
    latestOnReach.current = onReach
  })
  useEffect(() => {
    if (reached) latestOnReach.current(reached.divergence)
  }, [reached])

  const index = divergences.findIndex((d) => d.id === currentId)
  const say = (text: string) => setAnnouncement((a) => ({ text, serial: a.serial + 1 }))

  const select = (divergence: Divergence) => {
    const at = divergences.indexOf(divergence)
    setCurrentId(divergence.id)
    setReached({ divergence })
    if (at >= 0) say(describePosition(divergence, at, divergences.length, labels))
  }

  /** The divergence a step lands on, or null (and says why) at either end. */
  const step = (delta: 1 | -1): Divergence | null => {
    const count = divergences.length
    if (count === 0) {
      say('There is no divergence to go to.')
      return null
    }
    // From nowhere, "next" starts at the top and "previous" at the bottom.
    const target = index < 0 ? (delta > 0 ? 0 : count - 1) : index + delta
    if (target >= count) say(`Last divergence: this is ${count} of ${count}.`)
    else if (target < 0) say(`First divergence: this is 1 of ${count}.`)
    return divergences[target] ?? null
  }

  return {
    currentId: index >= 0 ? currentId : null,
    /** Where the reader is, for the eye (the live region tells the ear): "2 of 13", or just the count. */
    position: index >= 0 ? `${index + 1} of ${divergences.length}` : `${divergences.length} in all`,
    /** The same in numbers, for the phone's bar: -1 before the first step. */
    index,
    count: divergences.length,
    announcement,
    select,
    /** The next divergence to go to (with `select`), or null at the end. */
    next: () => step(1),
    previous: () => step(-1),
  }
}
