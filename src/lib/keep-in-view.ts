/** Long enough for the last late layout (chunks sized by estimate, a deferred render) to land. */
const SETTLE_MS = 2_000

const READER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const

/**
 * Keeps elements just scrolled to in view while the page around them settles. A jump lands before the
 * layout is final (chunks off screen are laid out at an estimated height, a deferred render follows), so
 * the target drifts away; each time an element on its way up to the page changes size it is brought back.
 * Stops as soon as the reader scrolls, types or taps, or after a moment. Returns a function that stops it.
 * `bringIntoView` is how (the embedded view scrolls only its own boxes).
 */
export function keepInView(
  targets: HTMLElement[],
  bringIntoView: (el: HTMLElement) => void = (el) => el.scrollIntoView({ block: 'center' }),
): () => void {
  if (targets.length === 0 || typeof ResizeObserver === 'undefined') return () => {}
  // Last first, so where panes are stacked the first target is the one left in view.
  const realign = () => {
    for (const el of [...targets].reverse()) {
      if (el.isConnected) bringIntoView(el)
    }
  }
  const observer = new ResizeObserver(realign)
  for (const target of targets) {
    for (let el = target.parentElement; el; el = el.parentElement) observer.observe(el)
  }
  const timer = setTimeout(stop, SETTLE_MS)
  for (const type of READER_INPUT) {
    window.addEventListener(type, stop, { capture: true, passive: true })
  }
  function stop() {
    observer.disconnect()
    clearTimeout(timer)
    for (const type of READER_INPUT) window.removeEventListener(type, stop, { capture: true })
  }
  return stop
}
