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
