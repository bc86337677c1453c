import {
  firstBelow,
  idsIn,
  partners,
  passageExtent,
  passagesOf,
  readableBand,
  type Band,
} from './pane-geometry'

export interface Connector {
  a: string
  b: string
  /** How the two ends align (see pairAlignment). */
  alignment: string
  moved: boolean
  /** True when either passage is paired on weak evidence (passage-notes.ts): drawn faint. */
  weak: boolean
  /** SVG path data, in the coordinates of the box the connectors are drawn in. */
  path: string
}

/**
 * How a pair aligns: the label of the end whose best counterpart is the other end (a passage's label
 * describes it against its best counterpart), the first account's when both or neither are.
 */
function pairAlignment(a: HTMLElement, b: HTMLElement): string {
  const best = (el: HTMLElement) => idsIn(el, 'counterparts')[0]
  const labelled = best(a) !== b.dataset.segment && best(b) === a.dataset.segment ? b : a
  return labelled.dataset.alignment ?? 'only-here'
}

/** The passages of a pane that show in its readable band, in order. */
function inView(pane: HTMLElement, band: Band): HTMLElement[] {
  const all = passagesOf(pane)
  const out: HTMLElement[] = []
  for (let i = firstBelow(all, band.top); i < all.length; i++) {
    const extent = passageExtent(all[i]!)
    if (!extent) continue
    if (extent.top > band.bottom) break
    if (extent.bottom > band.top) out.push(all[i]!)
  }
  return out
}

const clamp = (extent: Band, band: Band): Band => ({
  top: Math.max(extent.top, band.top),
  bottom: Math.min(extent.bottom, band.bottom),
})

/** A ribbon from one vertical span at x1 to another at x2, with S-curves on both edges. */
function ribbon(x1: number, from: Band, x2: number, to: Band): string {
  const mid = (x1 + x2) / 2
  const n = (v: number) => Math.round(v * 10) / 10
  return (
    `M${n(x1)} ${n(from.top)}C${n(mid)} ${n(from.top)} ${n(mid)} ${n(to.top)} ${n(x2)} ${n(to.top)}` +
    `L${n(x2)} ${n(to.bottom)}C${n(mid)} ${n(to.bottom)} ${n(mid)} ${n(from.bottom)} ${n(x1)} ${n(from.bottom)}Z`
  )
}

/**
 * The connectors between the aligned passages that both show in their panes, measured against
 * `origin` (the box the SVG fills). Only what is on screen is measured, so long accounts stay cheap.
 */
export function connectorPaths(
  origin: DOMRect,
  paneA: HTMLElement,
  paneB: HTMLElement,
): Connector[] {
  const [bandA, bandB] = [readableBand(paneA), readableBand(paneB)]
  const shownA = inView(paneA, bandA)
  const shownB = inView(paneB, bandB)
  const partnerOf = partners(shownA, shownB)
  const x1 = paneA.getBoundingClientRect().right - origin.left
  const x2 = paneB.getBoundingClientRect().left - origin.left
  const shift = (band: Band): Band => ({
    top: band.top - origin.top,
    bottom: band.bottom - origin.top,
  })
  const connectors: Connector[] = []
  for (const a of shownA) {
    for (const b of partnerOf.get(a.dataset.segment!) ?? []) {
      const alignment = pairAlignment(a, b)
      if (alignment === 'only-here') continue
      const from = shift(clamp(passageExtent(a)!, bandA))
      const to = shift(clamp(passageExtent(b)!, bandB))
      connectors.push({
        a: a.dataset.segment!,
        b: b.dataset.segment!,
        alignment,
        moved: a.dataset.moved !== undefined || b.dataset.moved !== undefined,
        weak: a.dataset.weakMatch !== undefined || b.dataset.weakMatch !== undefined,
        path: ribbon(x1, from, x2, to),
      })
    }
  }
  return connectors
}
