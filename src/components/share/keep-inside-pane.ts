/** Room kept between a floating box and the edge of its pane. */
const MARGIN = 8

/**
 * A box floating by a passage (its tools, its note) is cut off by the pane's scrolling box when the
 * passage sits near the pane's edge or top. Shift it sideways into the pane, and down by `flipBy` when
 * there is no room above. Measured after layout; a transform, so nothing else moves.
 */
export function keepInsidePane(box: HTMLElement, flipBy = 0): void {
  box.style.transform = ''
  const pane = box.closest<HTMLElement>('[role="region"]')
  if (!pane) return
  const bounds = pane.getBoundingClientRect()
  const rect = box.getBoundingClientRect()
  let dx = 0
  if (rect.right > bounds.right - MARGIN) dx = bounds.right - MARGIN - rect.right
  if (rect.left + dx < bounds.left + MARGIN) dx = bounds.left + MARGIN - rect.left
  const dy = flipBy && rect.top < bounds.top + MARGIN ? rect.height + flipBy + 2 * MARGIN : 0
  if (dx || dy) box.style.transform = `translate(${Math.round(dx)}px, ${Math.round(dy)}px)`
}

/**
 * Where the passage tools go: above the passage's first line, from where it starts, so they cover
 * the line before the passage and none of its own words (a reader stepped to a divergence reads that
 * passage from its start). The bar is rendered at the passage's end and moved there; when the first
 * line is out of sight (the pane's first passage, under its header; a long passage hovered far down)
 * it goes below the last line, and when that is out of sight too it stays above the end. Then kept
 * inside the pane sideways.
 */
export function placePassageTools(bar: HTMLElement, passage: HTMLElement): void {
  bar.style.transform = ''
  const pane = bar.closest<HTMLElement>('[role="region"]')
  const lines = passage.getClientRects()
  const first = lines[0]
  const last = lines[lines.length - 1]
  if (!pane || !first || !last) return keepInsidePane(bar)
  const rect = bar.getBoundingClientRect()
  const bounds = pane.getBoundingClientRect()
  // What the pane shows: below its sticky header, within the window.
  const header = pane.querySelector('header')
  const shownTop = Math.max(bounds.top, 0) + (header?.getBoundingClientRect().height ?? 0)
  const shownBottom = Math.min(bounds.bottom, window.innerHeight)
  const rtl = getComputedStyle(passage).direction === 'rtl'
  let dx = rtl ? first.right - rect.right : first.left - rect.left
  let dy = first.top - rect.bottom
  if (rect.top + dy < shownTop + MARGIN) {
    // Below the last line, from where it starts.
    dx = rtl ? last.right - rect.right : last.left - rect.left
    dy = last.bottom - rect.top
    if (rect.bottom + dy > shownBottom - MARGIN) return keepInsidePane(bar)
  }
  let x = dx
  if (rect.right + x > bounds.right - MARGIN) x = bounds.right - MARGIN - rect.right
  if (rect.left + x < bounds.left + MARGIN) x = bounds.left + MARGIN - rect.left
  bar.style.transform = `translate(${Math.round(x)}px, ${Math.round(dy)}px)`
}
