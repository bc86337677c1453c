import { useEffect, useMemo, useRef, useState } from 'react'
import type { Comparison, Divergence } from '../core'
import type { AccountPair } from '../data/pair'
import { AccountPane } from './account-pane'
import { AlignmentLegend } from './alignment-legend'
import { DivergencePanel } from './divergence-panel'
import { FocusBar } from './focus-bar'
import { linkPassages } from './group-paragraphs'
import { createPassageHighlights, PassageHighlightsProvider } from './passage-highlights'
import { revealWhenRendered } from './reveal-passages'

interface ComparisonBodyProps {
  pair: AccountPair
  comparison: Comparison
  updating: boolean
  onFocusChange: (topic: string) => void
}

const langOf = (tag: string) => (tag === 'und' ? '' : tag)

/**
 * Focus bar and legend on top; the divergences beside (wide screens) or above (narrower) the two panes.
 * From 900px up the frame is one screen tall and the panes and the divergence list scroll on their own.
 */
export function ComparisonBody(props: ComparisonBodyProps) {
  const { pair, comparison, updating, onFocusChange } = props
  const panesRef = useRef<HTMLDivElement>(null)
  const { segments } = comparison
  const [highlights] = useState(() => createPassageHighlights())
  const links = useMemo(() => linkPassages([...segments.a, ...segments.b]), [segments])
  useEffect(() => highlights.setLinks(links), [highlights, links])
  const stopReveal = useRef<() => void>(() => {})
  useEffect(() => () => stopReveal.current(), [])
  const labels: [string, string] = [pair.a.label, pair.b.label]

  const showDivergence = (divergence: Divergence) => {
    if (!panesRef.current) return
    stopReveal.current()
    // A long account is still coming in chunk by chunk: wait for the passages if they are not there yet.
    stopReveal.current = revealWhenRendered(panesRef.current, [divergence.a, divergence.b], () =>
      highlights.flash([...divergence.a, ...divergence.b]),
    )
  }

  return (
    <PassageHighlightsProvider value={highlights}>
      <div className="flex flex-col gap-2 border-y border-stone-200 py-2.5 min-[1100px]:flex-row min-[1100px]:items-center min-[1100px]:justify-between">
        <FocusBar
          comparison={comparison}
          labels={labels}
          onFocusChange={onFocusChange}
          updating={updating}
        />
        <AlignmentLegend segments={segments} />
      </div>
      <main
        aria-busy={updating}
        className="grid min-h-0 flex-1 gap-4 min-[900px]:grid-rows-[minmax(0,11rem)_minmax(0,1fr)] min-[1100px]:grid-cols-[19rem_minmax(0,1fr)] min-[1100px]:grid-rows-1"
      >
        <DivergencePanel
          divergences={comparison.divergences}
          labels={labels}
          onSelect={showDivergence}
        />
        <div ref={panesRef} className="grid min-h-0 gap-4 min-[900px]:grid-cols-2">
          <AccountPane
            account={pair.a}
            otherLabel={pair.b.label}
            segments={segments.a}
            focus={comparison.focus}
            lang={langOf(comparison.language.a)}
          />
          <AccountPane
            account={pair.b}
            otherLabel={pair.a.label}
            segments={segments.b}
            focus={comparison.focus}
            lang={langOf(comparison.language.b)}
          />
        </div>
      </main>
    </PassageHighlightsProvider>
  )
}
