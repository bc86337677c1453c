import { useEffect, useRef, type RefObject } from 'react'
import type { PassageHighlights } from '../passage-highlights'
import { connectorPaths, type Connector } from './connector-paths'
import { sideBySidePanes } from './pane-geometry'

const SVG = 'http://www.w3.org/2000/svg'
const CAN_MEASURE = typeof ResizeObserver !== 'undefined'

function pathFor(connector: Connector): SVGPathElement {
  const path = document.createElementNS(SVG, 'path')
  path.setAttribute('d', connector.path)
  path.setAttribute('class', 'connector')
  path.dataset.alignment = connector.alignment
  path.dataset.a = connector.a
  path.dataset.b = connector.b
  if (connector.moved) path.dataset.moved = ''
  if (connector.weak) path.dataset.weak = ''
  return path
}

/**
 * Ribbons across the gap between the panes, joining the aligned passages both panes show. Decorative:
 * the passages' sr-only text and data-counterparts carry the meaning. Drawn outside React, at most once
 * a frame, whenever a pane scrolls, resizes or mounts passages (long accounts mount them as they
 * scroll in); the pair whose passage is hovered or focused is drawn stronger.
 */
export function GutterConnectors(props: {
  rootRef: RefObject<HTMLElement | null>
  highlights: PassageHighlights
}) {
  const { rootRef, highlights } = props
  const svgRef = useRef<SVGSVGElement>(null)

  useEffect(() => {
    const root = rootRef.current
    const svg = svgRef.current
    if (!root || !svg) return
    let lit = { source: null as string | null, ids: [] as string[] }
    const markLit = () => {
      for (const path of svg.querySelectorAll<SVGPathElement>('path')) {
        const { a = '', b = '' } = path.dataset
        const on =
          (a === lit.source && lit.ids.includes(b)) || (b === lit.source && lit.ids.includes(a))
        path.toggleAttribute('data-lit', on)
      }
    }
    const draw = () => {
      frame = 0
      const panes = sideBySidePanes(root)
      const connectors = panes ? connectorPaths(svg.getBoundingClientRect(), ...panes) : []
      svg.replaceChildren(...connectors.map(pathFor))
      markLit()
    }
    let frame = 0
    const schedule = () => {
      frame ||= requestAnimationFrame(draw)
    }

    root.addEventListener('scroll', schedule, { capture: true, passive: true })
    window.addEventListener('scroll', schedule, { passive: true })
    const resizes = new ResizeObserver(schedule)
    resizes.observe(root)
    root.querySelectorAll('section.pane').forEach((pane) => resizes.observe(pane))
    // Drawing changes the SVG, which is inside the root too: only changes elsewhere call for a redraw.
    const mutations = new MutationObserver((records) => {
      if (records.some((record) => !svg.contains(record.target))) schedule()
    })
    mutations.observe(root, {
      childList: true,
      subtree: true,
      attributeFilter: ['data-counterparts', 'data-alignment', 'class', 'hidden'],
    })
    const unsubscribe = highlights.subscribe((source, ids) => {
      lit = { source, ids }
      markLit()
    })
    schedule()
    return () => {
      cancelAnimationFrame(frame)
      root.removeEventListener('scroll', schedule, { capture: true })
      window.removeEventListener('scroll', schedule)
      resizes.disconnect()
      mutations.disconnect()
      unsubscribe()
    }
  }, [rootRef, highlights])

  // Without layout (jsdom) there is nothing to measure, so no drawing surface either.
  if (!CAN_MEASURE) return null
  return (
    <svg
      ref={svgRef}
      aria-hidden="true"
      className="gutter-connectors pointer-events-none absolute inset-0 h-full w-full max-[899px]:hidden"
    />
  )
}
