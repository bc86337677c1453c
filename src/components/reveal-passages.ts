function findPassage(root: ParentNode, id: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-segment="${id.replace(/["\\]/g, '\\$&')}"]`)
}

/**
 * Brings a divergence's passages into view: the first passage of each side is centred in its own pane
 * (each pane scrolls on its own at desktop width), then focus moves to the first one found.
 * The first side is scrolled last, so on a phone, where the panes are stacked, it is the one left in view.
 */
export function revealPassages(root: ParentNode, sides: string[][]): HTMLElement | null {
  const firsts = sides
    .map((ids) => ids.map((id) => findPassage(root, id)).find((el) => el !== null) ?? null)
    .filter((el): el is HTMLElement => el !== null)
  for (const el of [...firsts].reverse()) el.scrollIntoView({ block: 'center' })
  const first = firsts[0] ?? null
  first?.focus({ preventScroll: true })
  return first
}
