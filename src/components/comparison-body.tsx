import { useMemo, useRef } from 'react'
import type { Comparison, Divergence } from '../core'
import type { AccountPair } from '../data/pair'
import { AccountPane } from './account-pane'
import { AlignmentLegend } from './alignment-legend'
import { DivergencePanel } from './divergence-panel'
import { FocusBar } from './focus-bar'
import { linkPassages } from './group-paragraphs'
import { createPassageHighlights, PassageHighlightsProvider } from './passage-highlights'
import { revealPassages } from './reveal-passages'

interface ComparisonBodyProps {
  pair: AccountPair
  comparison: Comparison
  updating: boolean
  onFocusChange: (topic: string) => void
}

/**
 * Focus bar and legend on top; the divergences beside (wide screens) or above (narrower) the two panes.
 * From 900px up the frame is one screen tall and the panes and the divergence list scroll on their own.
 */
export function ComparisonBody({ pair, comparison, updating, onFocusChange }: ComparisonBodyProps) {
  const panesRef = useRef<HTMLDivElement>(null)
  const { segments } = comparison
  const highlights = useMemo(
    () => createPassageHighlights(linkPassages([...segments.a, ...segments.b])),
    [segments],
  )
  const labels: [string, string] = [pair.a.label, pair.b.label]

  const showDivergence = (divergence: Divergence) => {
    if (panesRef.current) revealPassages(panesRef.current, [divergence.a, divergence.b])
    highlights.flash([...divergence.a, ...divergence.b])
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
          />
          <AccountPane
            account={pair.b}
            otherLabel={pair.a.label}
            segments={segments.b}
            focus={comparison.focus}
          />
        </div>
      </main>
    </PassageHighlightsProvider>
  )
}
