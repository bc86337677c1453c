import { partners, passageExtent, passagesOf, readableBand } from './pane-geometry'
import { scrollPaneTo } from './programmatic-scroll'

interface Anchor {
  /** Top of the aligned passage in the pane scrolled, and of its counterpart in the other. */
  top: number
  partnerTop: number
}

/**
 * Scrolls `to` so it follows `from`: an aligned passage at the top of `from` gets its counterpart level
 * with it in `to`, and between two aligned passages `to` moves in proportion (as Meld does), so the
 * other pane glides instead of jumping when one anchor hands over to the next.
 */
export function levelCounterparts(from: HTMLElement, to: HTMLElement) {
  const fromPassages = passagesOf(from)
  const partnerOf = partners(fromPassages, passagesOf(to))
  const line = readableBand(from).top
  let above: Anchor | null = null
  let below: Anchor | null = null
  // Aligned passages are few next to all passages; the ones around the line are all we need.
  for (const el of fromPassages) {
    const partner = partnerOf.get(el.dataset.segment!)?.[0]
    if (!partner) continue
    const own = passageExtent(el)
    const theirs = passageExtent(partner)
    if (!own || !theirs) continue
    const anchor = { top: own.top, partnerTop: theirs.top }
    if (own.top <= line) above = anchor
    else {
      below = anchor
      break
    }
  }
  let target: number
  if (above && below && below.top > above.top) {
    const t = (line - above.top) / (below.top - above.top)
    target = above.partnerTop + t * (below.partnerTop - above.partnerTop)
  } else if (above) target = above.partnerTop + (line - above.top)
  else if (below) target = below.partnerTop - (below.top - line)
  else return
  const shift = target - readableBand(to).top
  if (Math.abs(shift) >= 1) scrollPaneTo(to, to.scrollTop + shift)
}
