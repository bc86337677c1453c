import { lazy, Suspense, useId, useMemo, useState } from 'react'
import type { AccountKey, ManyComparison } from '../../core'
import { accountOf, type AccountSet, type AccountSpan } from '../../data/account-set'
import { trimSpan } from '../../lib/selection-offsets'
import type { Lens } from '../../hooks/use-comparison'
import { ComparisonProgress } from '../comparison-progress'
import { ShortcutsDialog } from '../navigation/shortcuts-dialog'
import { useShortcutKeys } from '../navigation/use-shortcut-keys'
import { AccountReader } from './account-reader'
import { filterRows, type ClaimFilters } from './claim-filters'
import { claimRows, passagesById, rowSpans, type ClaimRow } from './claim-rows'
import { ClaimsTable } from './claims-table'
import { ClaimsToolbar } from './claims-toolbar'
import { overlapsSpan } from './passage-dom'
import { SetSelectionLink } from './set-selection-link'
import { SetShareDialog } from './set-share-dialog'
import { SET_SHORTCUTS } from './set-shortcuts'
import { useClaimNavigation } from './use-claim-navigation'
import { useSetReveal } from './use-set-reveal'

// Drawing a card loads on first use, as a pair's does: most readers never save one.
const ClaimCardDialog = lazy(() =>
  import('./claim-card-dialog').then((m) => ({ default: m.ClaimCardDialog })),
)

interface SetBodyProps {
  set: AccountSet
  comparison: ManyComparison
  lens: Lens
  onLensChange: (lens: Lens) => void
  /** True while the comparison is recomputed for a new lens; `progress` is how far it got (0..100). */
  updating: boolean
  progress: number
  filters: ClaimFilters
  onFilters: (filters: ClaimFilters) => void
  /** The passages a link highlights: the first is brought into view once, and its row made current. */
  highlights: readonly AccountSpan[]
  /** The row to come back to from the side-by-side view, focused on arrival. */
  returnTo: string | null
  onSideBySide: (row: ClaimRow, x: AccountKey, y: AccountKey) => void
}

const BESIDE = 'min-[1200px]:grid-cols-[minmax(0,1fr)_22rem] min-[1200px]:grid-rows-1'

/** The table of claims beside (from 1200px) or above the account reader, with the toolbar on top. */
export function SetBody(props: SetBodyProps) {
  const { set, comparison, filters, highlights, returnTo } = props
  const idPrefix = useId()
  const labels = useMemo(
    () => new Map(comparison.accounts.map((a) => [a.key, a.label])),
    [comparison],
  )
  const rows = useMemo(() => claimRows(comparison), [comparison])
  const shownRows = useMemo(() => filterRows(rows, filters), [rows, filters])
  const byId = useMemo(() => passagesById(comparison), [comparison])
  const firstLinked = [...byId.values()].find((s) => overlapsSpan(highlights, s))
  const reveal = useSetReveal(idPrefix, firstLinked?.side ?? 'a')
  const rowDomId = (id: string) => `${idPrefix}-row-${id}`
  const { navigation, goTo, showQuote } = useClaimNavigation({
    rows: shownRows,
    labels,
    reveal,
    rowDomId,
    returnTo,
    firstLinked,
  })
  const [shortcutsOpen, setShortcutsOpen] = useState(false)
  const [share, setShare] = useState<{ row: ClaimRow | null; spans: AccountSpan[] } | null>(null)
  // The row a card is drawn for, with the comparison it belongs to: a new comparison (a new lens)
  // closes the card rather than redraw an old row against new passages.
  const [card, setCard] = useState<{ row: ClaimRow; of: ManyComparison } | null>(null)
  const cardRow = card?.of === comparison ? card.row : null
  const keys = {
    next: () => goTo(navigation.next()),
    previous: () => goTo(navigation.previous()),
    help: () => setShortcutsOpen(true),
  }
  useShortcutKeys(keys, !shortcutsOpen && !share && !cardRow)

  return (
    <>
      <ClaimsToolbar
        comparison={comparison}
        lens={props.lens}
        onLensChange={props.onLensChange}
        filters={filters}
        onFilters={props.onFilters}
        onPrevious={keys.previous}
        onNext={keys.next}
        onShortcuts={keys.help}
        announcement={navigation.announcement}
        position={navigation.position}
      />
      {props.updating && (
        <ComparisonProgress compact percent={props.progress} message="Updating…" />
      )}
      <main aria-busy={props.updating} className={`grid min-h-0 flex-1 gap-4 ${BESIDE}`}>
        <ClaimsTable
          comparison={comparison}
          rows={shownRows}
          labels={labels}
          currentId={navigation.currentId}
          highlights={highlights}
          rowDomId={rowDomId}
          empty={`No claim of this kind${filters.onlyFocus ? ' on the focus topic' : ''}.`}
          onQuote={(row, _account, passageId) => showQuote(row, passageId)}
          onSideBySide={props.onSideBySide}
          onShare={(row) => setShare({ row, spans: rowSpans(row, byId) })}
          onCard={(row) => setCard({ row, of: comparison })}
        />
        <AccountReader
          set={set}
          comparison={comparison}
          labels={labels}
          shown={reveal.shown}
          onShow={reveal.setShown}
          highlights={highlights}
          idPrefix={idPrefix}
          wanted={reveal.wanted}
        />
      </main>
      {shortcutsOpen && (
        <ShortcutsDialog shortcuts={SET_SHORTCUTS} onClose={() => setShortcutsOpen(false)} />
      )}
      {cardRow && (
        <Suspense fallback={null}>
          <ClaimCardDialog
            row={cardRow}
            set={set}
            labels={labels}
            lens={props.lens}
            byId={byId}
            onClose={() => setCard(null)}
          />
        </Suspense>
      )}
      {!share && (
        <SetSelectionLink
          onShare={(span) => {
            const words = trimSpan(accountOf(set, span.side)!.text, span)
            if (words) setShare({ row: null, spans: [words] })
          }}
        />
      )}
      {share && (
        <SetShareDialog
          set={set}
          lens={props.lens}
          spans={share.spans}
          title={
            share.row
              ? `Link to this claim: ${share.row.divergence.topicLabel}`
              : share.spans.length
                ? 'Link to these words'
                : 'Share'
          }
          onClose={() => setShare(null)}
        />
      )}
    </>
  )
}
