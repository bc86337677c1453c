import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react'
import type { Comparison, Divergence } from '../core'
import type { AccountPair } from '../data/pair'
import type { Lens } from '../hooks/use-comparison'
import { AccountPane } from './account-pane'
import { AlignmentLegend } from './alignment-legend'
import { ComparisonNotices } from './comparison-notices'
import { ComparisonProgress } from './comparison-progress'
import { CompactControls } from './compact/compact-controls'
import { DivergencePanel } from './divergence-panel'
import { FocusBar } from './focus-bar'
import { ComparisonPanes } from './layout/comparison-panes'
import { InlineView } from './layout/inline-view'
import { LayoutControls } from './layout/layout-controls'
import { linkPassages } from './group-paragraphs'
import { NavigationBar } from './navigation/navigation-bar'
import { ShortcutsDialog } from './navigation/shortcuts-dialog'
import { useReadingNavigation } from './navigation/use-reading-navigation'
import { createPassageHighlights, passageDomId } from './passage-highlights'
import { passageNotes } from './passage-notes'
import { createPassageRequests } from './passage-requests'
import { revealWhenRendered, type FindPassage, type ShowPassages } from './reveal-passages'
import { useRevealLinked } from './share/permalink-highlights'
import { Sharing } from './share/sharing'
import { QuoteCardsProvider } from './quote-card/quote-cards'

interface ComparisonBodyProps {
  pair: AccountPair
  comparison: Comparison
  lens: Lens
  onLensChange: (lens: Lens) => void
  /** True while the comparison is recomputed for a new lens; `progress` is how far it got (0..100). */
  updating: boolean
  progress: number
  /** A phone: the divergences lead, and the controls fold into the compact bar. */
  compact?: boolean
  /** "Download report" and "Embed", for the phone's View menu. */
  actions?: ReactNode
}

const langOf = (tag: string) => (tag === 'und' ? '' : tag)

/**
 * Focus bar and legend on top; the divergences beside (wide screens) or above (narrower) the two panes.
 * From 900px up the frame is one screen tall and the panes and the divergence list scroll on their own.
 */
export function ComparisonBody(props: ComparisonBodyProps) {
  const { pair, comparison, lens, onLensChange, updating, progress, compact = false } = props
  const panesRef = useRef<HTMLDivElement>(null)
  const { segments } = comparison
  const idPrefix = useId()
  // One lookup of passage elements for the page: lighting, flashing and revealing all use it.
  const [findPassage] = useState(
    (): FindPassage => (id) => document.getElementById(passageDomId(idPrefix, id)),
  )
  const [highlights] = useState(() => createPassageHighlights(findPassage))
  const [requests] = useState(createPassageRequests)
  const links = useMemo(() => linkPassages([...segments.a, ...segments.b]), [segments])
  useEffect(() => highlights.setLinks(links), [highlights, links])
  const stopReveal = useRef<() => void>(() => {})
  useEffect(() => () => stopReveal.current(), [])
  const labels: [string, string] = [pair.a.label, pair.b.label]
  const noteOf = useMemo(() => passageNotes(comparison), [comparison])

  const showPassages: ShowPassages = (sides, onRevealed) => {
    if (!panesRef.current) return
    stopReveal.current()
    // A long account is rendered near the viewport only: ask for the passages, and wait for them.
    requests.request(sides.flat())
    stopReveal.current = revealWhenRendered(panesRef.current, sides, findPassage, onRevealed)
  }
  const showDivergence = (divergence: Divergence) =>
    showPassages([divergence.a, divergence.b], () =>
      highlights.flash([...divergence.a, ...divergence.b]),
    )
  // The passages a shared link highlights are brought into view once, when the comparison arrives.
  useRevealLinked(segments, showPassages)

  // On a phone the list comes first; the accounts follow it.
  const readAccounts = () => {
    const panes = panesRef.current
    panes?.parentElement?.scrollIntoView({ block: 'start' })
    panes?.querySelector<HTMLElement>('[data-segment]')?.focus({ preventScroll: true })
  }

  const reading = useReadingNavigation(comparison, labels, showDivergence, showPassages)
  const { filtering, navigation, goTo, keys, unfoldRun } = reading

  return (
    <QuoteCardsProvider pair={pair} comparison={comparison} lens={lens}>
      <Sharing pair={pair} lens={lens} noteOf={noteOf}>
        {compact ? (
          <>
            {updating && <ComparisonProgress compact percent={progress} message="Updating…" />}
            <ComparisonNotices comparison={comparison} labels={labels} />
          </>
        ) : (
          <div className="flex flex-col gap-2 border-y border-stone-200 py-2.5">
            <div className="flex flex-col gap-2 min-[1100px]:flex-row min-[1100px]:items-center min-[1100px]:justify-between">
              <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
                <FocusBar
                  comparison={comparison}
                  labels={labels}
                  lens={lens}
                  onLensChange={onLensChange}
                />
                {updating && <ComparisonProgress compact percent={progress} message="Updating…" />}
                <LayoutControls />
              </div>
              <AlignmentLegend segments={segments} />
            </div>
            <NavigationBar
              onPrevious={keys.previous}
              onNext={keys.next}
              onShortcuts={keys.help}
              filters={filtering.filters}
              onFilterChange={filtering.setFilter}
              announcement={navigation.announcement}
              position={navigation.position}
            />
            <ComparisonNotices comparison={comparison} labels={labels} />
          </div>
        )}
        <main
          aria-busy={updating}
          className="grid min-h-0 flex-1 gap-4 min-[900px]:grid-rows-[minmax(0,11rem)_minmax(0,1fr)] min-[1100px]:grid-cols-[19rem_minmax(0,1fr)] min-[1100px]:grid-rows-1"
        >
          <DivergencePanel
            divergences={filtering.divergences}
            total={comparison.divergences.length}
            labels={labels}
            onSelect={goTo}
            currentId={navigation.currentId}
            onReadAccounts={compact ? readAccounts : undefined}
          />
          <ComparisonPanes
            panesRef={panesRef}
            labels={labels}
            highlights={highlights}
            inline={
              <InlineView
                pair={pair}
                segments={segments}
                focus={comparison.focus}
                langs={[langOf(comparison.language.a), langOf(comparison.language.b)]}
                highlights={highlights}
                idPrefix={idPrefix}
                shown={filtering.shown}
                nothingShown={filtering.nothingShown}
              />
            }
          >
            <AccountPane
              account={pair.a}
              otherLabel={pair.b.label}
              segments={segments.a}
              focus={comparison.focus}
              lang={langOf(comparison.language.a)}
              highlights={highlights}
              requests={requests}
              idPrefix={idPrefix}
              shown={filtering.shown}
              nothingShown={filtering.nothingShown}
              onUnfold={unfoldRun}
            />
            <AccountPane
              account={pair.b}
              otherLabel={pair.a.label}
              segments={segments.b}
              focus={comparison.focus}
              lang={langOf(comparison.language.b)}
              highlights={highlights}
              requests={requests}
              idPrefix={idPrefix}
              shown={filtering.shown}
              nothingShown={filtering.nothingShown}
              onUnfold={unfoldRun}
            />
          </ComparisonPanes>
        </main>
        {compact && (
          <CompactControls
            comparison={comparison}
            labels={labels}
            lens={lens}
            onLensChange={onLensChange}
            filters={filtering.filters}
            onFilterChange={filtering.setFilter}
            onPrevious={keys.previous}
            onNext={keys.next}
            index={navigation.index}
            count={navigation.count}
            announcement={navigation.announcement}
            actions={props.actions}
          />
        )}
        {reading.shortcutsOpen && <ShortcutsDialog onClose={reading.closeShortcuts} />}
      </Sharing>
    </QuoteCardsProvider>
  )
}
