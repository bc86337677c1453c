/** The nearest ancestor that scrolls on its own, or null (then the page itself would scroll). */
function scrollBoxOf(el: HTMLElement): HTMLElement | null {
  for (let box = el.parentElement; box; box = box.parentElement) {
    const { overflowY } = getComputedStyle(box)
    if (/(auto|scroll)/.test(overflowY) && box.scrollHeight > box.clientHeight) return box
  }
  return null
}

/**
 * Centres an element in the box that scrolls it, and only there. scrollIntoView would scroll every
 * scrolling ancestor, up to the page that embeds this view: an embedded comparison must never move
 * the article around it.
 */
export function scrollWithin(el: HTMLElement): void {
  const box = scrollBoxOf(el)
  if (!box) return
  const target = el.getClientRects()[0] ?? el.getBoundingClientRect()
  const frame = box.getBoundingClientRect()
  box.scrollTop += target.top - frame.top - Math.max(0, (frame.height - target.height) / 2)
}
