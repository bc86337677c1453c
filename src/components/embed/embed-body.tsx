import { useEffect, useId, useMemo, useRef, useState } from 'react'
import type { Comparison, Divergence } from '../../core'
import type { AccountPair } from '../../data/pair'
import { AccountPane } from '../account-pane'
import { DivergencePanel } from '../divergence-panel'
import { keepInView } from '../../lib/keep-in-view'
import { counterpartMap } from '../counterpart-map'
import { createPassageHighlights, passageDomId } from '../passage-highlights'
import { createPassageRequests } from '../passage-requests'
import { linkedPassages, useLinkedSpans } from '../share/permalink-highlights'
import { scrollWithin } from './scroll-within'

const langOf = (tag: string) => (tag === 'und' ? '' : tag)

/** From 480px the two accounts stand side by side… */
const SIDE_BY_SIDE =
  'min-[480px]:grid min-[480px]:grid-cols-2 min-[480px]:gap-3 min-[480px]:space-y-0'
/** …and each scrolls on its own. */
const EACH_SCROLLS = 'min-[480px]:overflow-visible min-[480px]:[&>section]:overflow-y-auto'
const NOTHING = () => {}

/**
 * The embedded comparison: the divergences above, the two accounts below (side by side from 480px, each
 * scrolling on its own). A divergence picked in the list brings its passages into view in their panes;
 * the passages a link highlights are brought into view when the comparison arrives. Read-only: no
 * sharing, no corrections, no filters.
 */
export function EmbedBody({ pair, comparison }: { pair: AccountPair; comparison: Comparison }) {
  const { segments: passages } = comparison
  const idPrefix = useId()
  const [find] = useState(() => (id: string) => document.getElementById(passageDomId(idPrefix, id)))
  const [highlights] = useState(() => createPassageHighlights(find))
  const [requests] = useState(createPassageRequests)
  const [currentId, setCurrentId] = useState<string | null>(null)
  const counterparts = useMemo(() => counterpartMap([...passages.a, ...passages.b]), [passages])
  useEffect(() => highlights.setCounterparts(counterparts), [highlights, counterparts])
  const labels: [string, string] = [pair.a.label, pair.b.label]

  const stopKeeping = useRef(() => {})
  useEffect(() => () => stopKeeping.current(), [])
  const show = (sides: string[][]) => {
    const firsts = sides.map((ids) => ids[0]).filter((id): id is string => !!id)
    requests.request(firsts)
    // Rendered by the next frame, however long the account (the panes render what is asked for);
    // kept in view while the passages around them take their real size.
    requestAnimationFrame(() => {
      const shown = firsts.map(find).filter((el): el is HTMLElement => el !== null)
      shown.forEach(scrollWithin)
      stopKeeping.current()
      stopKeeping.current = keepInView(shown, scrollWithin)
    })
  }
  const select = (divergence: Divergence) => {
    setCurrentId(divergence.id)
    show([divergence.a, divergence.b])
    highlights.flash([...divergence.a, ...divergence.b])
  }

  const spans = useLinkedSpans()
  useEffect(() => {
    if (spans.length > 0) show(linkedPassages(spans, passages))
    // Once, when the comparison arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [passages])

  const pane = (side: 'a' | 'b') => (
    <AccountPane
      account={pair[side]}
      otherLabel={pair[side === 'a' ? 'b' : 'a'].label}
      passages={passages[side]}
      focus={comparison.focus}
      lang={langOf(comparison.language[side])}
      highlights={highlights}
      requests={requests}
      idPrefix={idPrefix}
      shown={null}
      nothingShown=""
      onUnfold={NOTHING}
    />
  )

  return (
    <main className="grid min-h-0 flex-1 grid-rows-[minmax(0,10rem)_minmax(0,1fr)] gap-3">
      <div className="min-h-0 overflow-y-auto pr-1">
        <DivergencePanel
          divergences={comparison.divergences}
          total={comparison.divergences.length}
          labels={labels}
          onSelect={select}
          currentId={currentId}
        />
      </div>
      <div className={`min-h-0 space-y-3 overflow-y-auto ${SIDE_BY_SIDE} ${EACH_SCROLLS}`}>
        {pane('a')}
        {pane('b')}
      </div>
    </main>
  )
}
