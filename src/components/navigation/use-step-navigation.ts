import { useEffect, useRef, useState } from 'react'

export interface Announcement {
  text: string
  /** Changes with every announcement, so saying the same words twice is heard twice. */
  serial: number
}

interface StepWords<T> {
  /** What the items are called: "divergence", "claim". */
  noun: string
  /** What the live region says on landing on `item`, the `index`th of `count`. */
  describe: (item: T, index: number, count: number) => string
}

/**
 * Which item the reader is on, stepping through `items` (the filtered list) without wrapping: at either
 * end it says so instead. `next`/`previous` only say where a step would go; `select` goes there and
 * announces it. `onReach` runs after the render that marks the new current item, so what was unfolded
 * for it is on the page by then. The divergences of a pair and the claims of many accounts step alike.
 */
export function useStepNavigation<T extends { id: string }>(
  items: T[],
  words: StepWords<T>,
  onReach: (item: T) => void,
) {
  const [currentId, setCurrentId] = useState<string | null>(null)
  const [announcement, setAnnouncement] = useState<Announcement>({ text: '', serial: 0 })
  const [reached, setReached] = useState<{ item: T } | null>(null)
  const latestOnReach = useRef(onReach)
  useEffect(() => {
    latestOnReach.current = onReach
  })
  useEffect(() => {
    if (reached) latestOnReach.current(reached.item)
  }, [reached])

  const index = items.findIndex((d) => d.id === currentId)
  const say = (text: string) => setAnnouncement((a) => ({ text, serial: a.serial + 1 }))
  const { noun } = words

  const select = (item: T) => {
    const at = items.indexOf(item)
    setCurrentId(item.id)
    setReached({ item })
    if (at >= 0) say(words.describe(item, at, items.length))
  }

  /** The item a step lands on, or null (and says why) at either end. */
  const step = (delta: 1 | -1): T | null => {
    const count = items.length
    if (count === 0) {
      say(`There is no ${noun} to go to.`)
      return null
    }
    // From nowhere, "next" starts at the top and "previous" at the bottom.
    const target = index < 0 ? (delta > 0 ? 0 : count - 1) : index + delta
    if (target >= count) say(`Last ${noun}: this is ${count} of ${count}.`)
    else if (target < 0) say(`First ${noun}: this is 1 of ${count}.`)
    return items[target] ?? null
  }

  return {
    currentId: index >= 0 ? currentId : null,
    /** Where the reader is, for the eye (the live region tells the ear): "2 of 13", or just the count. */
    position: index >= 0 ? `${index + 1} of ${items.length}` : `${items.length} in all`,
    /** The same in numbers, for the phone's bar: -1 before the first step. */
    index,
    count: items.length,
    announcement,
    select,
    /** The next item to go to (with `select`), or null at the end. */
    next: () => step(1),
    previous: () => step(-1),
  }
}
