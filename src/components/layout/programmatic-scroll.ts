/**
 * Scrolls the app makes itself (synchronized scrolling, jumps to a divergence), remembered per pane by
 * the position they left it at, so the scroll event they cause is not taken for the reader's own.
 */
const expected = new WeakMap<Element, number>()

/** Call after the app moved `pane` (if it did): its next scroll event, at this position, is the app's. */
export function noteProgrammaticScroll(pane: Element, before: number) {
  if (pane.scrollTop !== before) expected.set(pane, pane.scrollTop)
}

export function scrollPaneTo(pane: Element, top: number) {
  const before = pane.scrollTop
  pane.scrollTop = top
  noteProgrammaticScroll(pane, before)
}

/** True when this scroll of `pane` is the one the app made; a reader's scroll since then is not. */
export function isProgrammaticScroll(pane: Element): boolean {
  const position = expected.get(pane)
  if (position === undefined) return false
  expected.delete(pane)
  return Math.abs(position - pane.scrollTop) < 1
}
