/** Where things are on screen, read from the DOM of the two side-by-side panes. */
import { ANY_PASSAGE } from '../passage-elements'

export interface Band {
  top: number
  bottom: number
}

/** The two account panes inside `root`, when they stand side by side (not stacked, not one hidden). */
export function sideBySidePanes(root: Element): [HTMLElement, HTMLElement] | null {
  const panes = root.querySelectorAll<HTMLElement>('section.pane')
  if (panes.length !== 2) return null
  const [a, b] = [panes[0]!.getBoundingClientRect(), panes[1]!.getBoundingClientRect()]
  if (a.width === 0 || b.width === 0 || a.right > b.left) return null
  return [panes[0]!, panes[1]!]
}

/** The part of a pane where passages can be read: below its sticky header, inside its borders. */
export function readableBand(pane: HTMLElement): Band {
  const box = pane.getBoundingClientRect()
  const header = pane.querySelector(':scope > header')
  return { top: box.top + (header?.getBoundingClientRect().height ?? 0), bottom: box.bottom }
}

/** From the top of a passage's first line to the bottom of its last; null when it is not laid out. */
export function passageExtent(el: Element): Band | null {
  const lines = el.getClientRects()
  if (lines.length === 0) return null
  return { top: lines[0]!.top, bottom: lines[lines.length - 1]!.bottom }
}

/** The passages of a pane, in reading (and so vertical) order. */
export const passagesOf = (pane: Element) => [...pane.querySelectorAll<HTMLElement>(ANY_PASSAGE)]

export const idsIn = (el: HTMLElement, attribute: 'counterparts') =>
  (el.dataset[attribute] ?? '').split(' ').filter(Boolean)

/** Index of the first element whose bottom is below `y` (binary search: the list is in vertical order). */
export function firstBelow(elements: HTMLElement[], y: number): number {
  let low = 0
  let high = elements.length
  while (low < high) {
    const mid = (low + high) >> 1
    const extent = passageExtent(elements[mid]!)
    if (extent && extent.bottom < y) low = mid + 1
    else high = mid
  }
  return low
}

/**
 * For each passage of `from`, its partner in `to`: its first counterpart there, or else the first
 * passage of `to` that names it (a 1:N alignment is not always listed on both sides).
 */
export function partners(from: HTMLElement[], to: HTMLElement[]): Map<string, HTMLElement[]> {
  const byId = new Map(to.map((el) => [el.dataset.segment!, el]))
  const out = new Map<string, HTMLElement[]>()
  const add = (id: string, el: HTMLElement) => {
    const list = out.get(id)
    if (!list) out.set(id, [el])
    else if (!list.includes(el)) list.push(el)
  }
  for (const el of from) {
    for (const id of idsIn(el, 'counterparts')) {
      const other = byId.get(id)
      if (other) add(el.dataset.segment!, other)
    }
  }
  const fromIds = new Set(from.map((el) => el.dataset.segment!))
  for (const other of to) {
    for (const id of idsIn(other, 'counterparts')) if (fromIds.has(id)) add(id, other)
  }
  return out
}
