import { noteProgrammaticScroll } from './layout/programmatic-scroll'

/** Dispatched on the root just before passages are brought into view. */
export const REVEAL_EVENT = 'parallax:reveal'

function findPassage(root: ParentNode, id: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-segment="${id.replace(/["\\]/g, '\\$&')}"]`)
}

/**
 * Brings a divergence's passages into view: the first passage of each side is centred in its own pane
 * (each pane scrolls on its own at desktop width), then focus moves to the first one found.
 * The first side is scrolled last, so on a phone, where the panes are stacked, it is the one left in view.
 */
export function revealPassages(root: ParentNode, sides: string[][]): HTMLElement | null {
  // A layout that hides a pane (one account alone, on a phone) shows both again first.
  root.dispatchEvent(new CustomEvent(REVEAL_EVENT, { bubbles: true }))
  const firsts = sides
    .map((ids) => ids.map((id) => findPassage(root, id)).find((el) => el !== null) ?? null)
    .filter((el): el is HTMLElement => el !== null)
  // Noted as the app's own scrolls, so synchronized scrolling leaves both panes where they are put.
  const panes = [...new Set(firsts.map((el) => el.closest('section')))].filter((p) => p !== null)
  const before = panes.map((pane) => pane.scrollTop)
  for (const el of [...firsts].reverse()) el.scrollIntoView({ block: 'center' })
  panes.forEach((pane, i) => noteProgrammaticScroll(pane, before[i]!))
  const first = firsts[0] ?? null
  first?.focus({ preventScroll: true })
  return first
}

/** Give up waiting for passages after this long: they are not coming (the comparison changed). */
const WAIT_MS = 10_000

/**
 * Reveals the passages once every side that has any is on the page: long accounts are rendered chunk
 * by chunk, and a jump made early may name passages not rendered yet. Calls `onRevealed` when done;
 * returns a function that stops waiting.
 */
export function revealWhenRendered(
  root: HTMLElement,
  sides: string[][],
  onRevealed: () => void,
): () => void {
  const ready = () =>
    sides.every((ids) => ids.length === 0 || ids.some((id) => findPassage(root, id) !== null))
  const reveal = () => {
    revealPassages(root, sides)
    onRevealed()
  }
  if (ready()) {
    reveal()
    return () => {}
  }
  const observer = new MutationObserver(() => {
    if (!ready()) return
    stop()
    reveal()
  })
  const timer = setTimeout(() => stop(), WAIT_MS)
  function stop() {
    observer.disconnect()
    clearTimeout(timer)
  }
  observer.observe(root, { childList: true, subtree: true })
  return stop
}
