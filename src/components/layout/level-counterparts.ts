import { passageSelector } from '../passage-elements'
import { idsIn, passageExtent, passagesOf, readableBand } from './pane-geometry'
import { scrollPaneTo } from './programmatic-scroll'

interface Anchor {
  /** Top of the aligned passage in the pane scrolled, and of its counterpart in the other. */
  top: number
  partnerTop: number
}

/** The first counterpart of `el` mounted in `pane` and told in order, or null. */
function partnerIn(pane: HTMLElement, el: HTMLElement): HTMLElement | null {
  for (const id of idsIn(el, 'counterparts')) {
    const partner = pane.querySelector<HTMLElement>(passageSelector(id))
    if (partner && partner.dataset.moved === undefined) return partner
  }
  return null
}

/** The anchor at `index` or the nearest one in direction `step` whose counterpart is mounted. */
function anchorFrom(anchors: HTMLElement[], index: number, step: 1 | -1, to: HTMLElement) {
  for (let i = index; i >= 0 && i < anchors.length; i += step) {
    const partner = partnerIn(to, anchors[i]!)
    const own = passageExtent(anchors[i]!)
    const theirs = partner && passageExtent(partner)
    if (own && theirs) return { top: own.top, partnerTop: theirs.top }
  }
  return null
}

/**
 * Scrolls `to` so it follows `from`: an aligned passage at the top of `from` gets its counterpart level
 * with it in `to`, and between two aligned passages `to` moves in proportion (as Meld does), so the
 * other pane glides instead of jumping when one anchor hands over to the next. Passages told out of
 * order are no anchors: they would drag the other pane off the order both accounts share.
 */
export function levelCounterparts(from: HTMLElement, to: HTMLElement) {
  const anchors = passagesOf(from).filter(
    (el) => el.dataset.counterparts && el.dataset.moved === undefined,
  )
  const line = readableBand(from).top
  // Binary search for the first anchor below the line: a handful of layout reads, however long.
  let low = 0
  let high = anchors.length
  while (low < high) {
    const mid = (low + high) >> 1
    const extent = passageExtent(anchors[mid]!)
    if (extent && extent.top <= line) low = mid + 1
    else high = mid
  }
  const above: Anchor | null = anchorFrom(anchors, low - 1, -1, to)
  const below: Anchor | null = anchorFrom(anchors, low, 1, to)

  let target: number
  // Between two anchors told in the same order, glide; otherwise keep the one above level.
  if (above && below && below.top > above.top && below.partnerTop >= above.partnerTop) {
    const t = (line - above.top) / (below.top - above.top)
    target = above.partnerTop + t * (below.partnerTop - above.partnerTop)
  } else if (above) target = above.partnerTop + (line - above.top)
  else if (below) target = below.partnerTop - (below.top - line)
  else return
  const shift = target - readableBand(to).top
  if (Math.abs(shift) >= 1) scrollPaneTo(to, to.scrollTop + shift)
}
