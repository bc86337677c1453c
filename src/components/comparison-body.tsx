import { useMemo, type ReactNode } from 'react'
import type { Comparison } from '../core'
import type { AccountPair } from '../data/pair'
import type { Lens } from '../hooks/use-comparison'
import { AccountPane } from './account-pane'
import { CompactControls } from './compact/compact-controls'
import { ComparisonToolbar } from './comparison-toolbar'
import { DivergencePanel } from './divergence-panel'
import { ComparisonPanes } from './layout/comparison-panes'
import { InlineView } from './layout/inline-view'
import { ShortcutsDialog } from './navigation/shortcuts-dialog'
import { useReadingNavigation } from './navigation/use-reading-navigation'
import { passageNotes } from './passage-notes'
import { QuoteCardsProvider } from './quote-card/quote-cards'
import { useRevealLinked } from './share/permalink-highlights'
import { Sharing } from './share/sharing'
import { usePassageDisplay } from './use-passage-display'

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

// The divergence list sits above the panes (from 900px in a band 11rem tall), and from 1100px beside them.
const LIST_ABOVE_PANES = 'min-[900px]:grid-rows-[minmax(0,11rem)_minmax(0,1fr)]'
const LIST_BESIDE_PANES = 'min-[1100px]:grid-cols-[19rem_minmax(0,1fr)] min-[1100px]:grid-rows-1'

const langOf = (tag: string) => (tag === 'und' ? '' : tag)

/**
 * Toolbar on top (on a phone, the compact bar along the bottom edge instead); the divergences beside
 * (wide screens) or above (narrower) the two panes.
 * From 900px up the frame is one screen tall and the panes and the divergence list scroll on their own.
 */
export function ComparisonBody(props: ComparisonBodyProps) {
  const { pair, comparison, compact = false } = props
  const { segments: passages, focus } = comparison
  const labels: [string, string] = [pair.a.label, pair.b.label]
  const display = usePassageDisplay(passages)
  const { highlights, idPrefix } = display
  const noteOf = useMemo(() => passageNotes(comparison), [comparison])
  // The passages a shared link highlights are brought into view once, when the comparison arrives.
  useRevealLinked(passages, display.showPassages)
  const reading = useReadingNavigation(
    comparison,
    labels,
    display.showDivergence,
    display.showPassages,
  )
  const { filtering } = reading
  const langs: [string, string] = [langOf(comparison.language.a), langOf(comparison.language.b)]

  return (
    <QuoteCardsProvider pair={pair} comparison={comparison} lens={props.lens}>
      <Sharing pair={pair} lens={props.lens} noteOf={noteOf}>
        <ComparisonToolbar
          comparison={comparison}
          labels={labels}
          lens={props.lens}
          onLensChange={props.onLensChange}
          updating={props.updating}
          progress={props.progress}
          reading={reading}
          compact={compact}
        />
        <main
          aria-busy={props.updating}
          className={`grid min-h-0 flex-1 gap-4 ${LIST_ABOVE_PANES} ${LIST_BESIDE_PANES}`}
        >
          <DivergencePanel
            divergences={filtering.divergences}
            total={comparison.divergences.length}
            labels={labels}
            onSelect={reading.goTo}
            currentId={reading.navigation.currentId}
            // On a phone the list comes first; the accounts follow it.
            onReadAccounts={compact ? display.showAccounts : undefined}
          />
          <ComparisonPanes
            panesRef={display.panesRef}
            labels={labels}
            highlights={highlights}
            inline={
              <InlineView
                pair={pair}
                passages={passages}
                focus={focus}
                langs={langs}
                highlights={highlights}
                idPrefix={idPrefix}
                shown={filtering.shown}
                nothingShown={filtering.nothingShown}
              />
            }
          >
            {(['a', 'b'] as const).map((side, i) => (
              <AccountPane
                key={side}
                account={pair[side]}
                otherLabel={labels[1 - i]!}
                passages={passages[side]}
                focus={focus}
                lang={langs[i]!}
                highlights={highlights}
                requests={display.requests}
                idPrefix={idPrefix}
                shown={filtering.shown}
                nothingShown={filtering.nothingShown}
                onUnfold={reading.unfoldRun}
              />
            ))}
          </ComparisonPanes>
        </main>
        {compact && (
          <CompactControls
            comparison={comparison}
            labels={labels}
            lens={props.lens}
            onLensChange={props.onLensChange}
            reading={reading}
            actions={props.actions}
          />
        )}
        {reading.shortcutsOpen && <ShortcutsDialog onClose={reading.closeShortcuts} />}
      </Sharing>
    </QuoteCardsProvider>
  )
}
