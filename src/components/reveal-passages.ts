import { noteProgrammaticScroll } from './layout/programmatic-scroll'

/** Dispatched on the root just before passages are brought into view. */
export const REVEAL_EVENT = 'parallax:reveal'

/**
 * A passage's element by passage id, or null when it is not on the page. A lookup by DOM id (the
 * browser's own index, see passage-highlights.ts): a selector query walks the whole pane, and a link
 * naming every passage of a long account made thousands of such walks.
 */
export type FindPassage = (passageId: string) => HTMLElement | null

/**
 * Brings passages into view once they are on the page (one list of passage ids per side), then calls
 * `onRevealed` with the elements it brought into view.
 */
export type ShowPassages = (
  sides: string[][],
  onRevealed: (revealed: HTMLElement[]) => void,
) => void

/** The first of these passages that is on the page; stops at the first found. */
function firstOnPage(ids: string[], find: FindPassage): HTMLElement | null {
  for (const id of ids) {
    const el = find(id)
    if (el) return el
  }
  return null
}

/**
 * Brings a divergence's passages into view: the first passage of each side is centred in its own pane
 * (each pane scrolls on its own at desktop width), then focus moves to the first one found. Returns the
 * passages brought into view, first side first.
 * The first side is scrolled last, so on a phone, where the panes are stacked, it is the one left in view.
 */
export function revealPassages(
  root: HTMLElement,
  sides: string[][],
  find: FindPassage,
): HTMLElement[] {
  // A layout that hides a pane (one account alone, on a phone) shows both again first.
  root.dispatchEvent(new CustomEvent(REVEAL_EVENT, { bubbles: true }))
  const firsts = sides
    .map((ids) => firstOnPage(ids, find))
    .filter((el): el is HTMLElement => el !== null)
  // Noted as the app's own scrolls, so synchronized scrolling leaves both panes where they are put.
  const panes = [...new Set(firsts.map((el) => el.closest('section')))].filter((p) => p !== null)
  const before = panes.map((pane) => pane.scrollTop)
  for (const el of [...firsts].reverse()) el.scrollIntoView({ block: 'center' })
  panes.forEach((pane, i) => noteProgrammaticScroll(pane, before[i]!))
  firsts[0]?.focus({ preventScroll: true })
  return firsts
}

/** Give up waiting for passages after this long: they are not coming (the comparison changed). */
const WAIT_MS = 10_000

/**
 * Reveals the passages once every side that has any is on the page: long accounts are rendered chunk
 * by chunk, and a jump made early may name passages not rendered yet. Calls `onRevealed` with the
 * passages brought into view when done; returns a function that stops waiting.
 */
export function revealWhenRendered(
  root: HTMLElement,
  sides: string[][],
  find: FindPassage,
  onRevealed: (revealed: HTMLElement[]) => void,
): () => void {
  const ready = () => sides.every((ids) => ids.length === 0 || firstOnPage(ids, find) !== null)
  const reveal = () => onRevealed(revealPassages(root, sides, find))
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
