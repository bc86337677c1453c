import { useEffect, useId, useMemo, useRef, useState } from 'react'
import type { AccountKey, ManyComparison } from '../../core'
import type { AccountSet, AccountSpan } from '../../data/account-set'
import type { Lens } from '../../hooks/use-comparison'
import { ComparisonProgress } from '../comparison-progress'
import { ShortcutsDialog } from '../navigation/shortcuts-dialog'
import { useShortcutKeys } from '../navigation/use-shortcut-keys'
import { useStepNavigation } from '../navigation/use-step-navigation'
import { AccountReader } from './account-reader'
import { filterRows, type ClaimFilters } from './claim-filters'
import { claimRows, passagesById, type ClaimRow } from './claim-rows'
import { describeRow } from './claim-words'
import { ClaimsTable } from './claims-table'
import { ClaimsToolbar } from './claims-toolbar'
import { overlapsSpan } from './passage-dom'
import { SetShareDialog } from './set-share-dialog'
import { SET_SHORTCUTS } from './set-shortcuts'
import { useSetReveal } from './use-set-reveal'

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
  const readerRef = useRef<HTMLElement>(null)
  const rowDomId = (id: string) => `${idPrefix}-row-${id}`
  /** A quote pressed: its passage takes the focus when the row is reached, not the row. */
  const quoteTarget = useRef<string | null>(null)

  const navigation = useStepNavigation(
    shownRows,
    { noun: 'claim', describe: (row, i, n) => describeRow(row, i, n, labels) },
    (row) => {
      const target = quoteTarget.current
      quoteTarget.current = null
      if (target) return reveal.show(target, true)
      const head = document.getElementById(rowDomId(row.id))?.querySelector('th')
      head?.focus({ preventScroll: true })
      head?.scrollIntoView({ block: 'nearest' })
      // The reader follows: the row's passage in the account shown, else in the first that tells it.
      const stances = row.cells.filter((c) => c.stance)
      const stance = stances.find((c) => c.account === reveal.shown) ?? stances[0]
      if (stance) reveal.show(stance.stance!.passages[0]!, false)
    },
  )
  const goTo = (row: ClaimRow | null) => row && navigation.select(row)
  const [shortcutsOpen, setShortcutsOpen] = useState(false)
  const [share, setShare] = useState<{ row: ClaimRow | null; spans: AccountSpan[] } | null>(null)
  const keys = {
    next: () => goTo(navigation.next()),
    previous: () => goTo(navigation.previous()),
    help: () => setShortcutsOpen(true),
  }
  useShortcutKeys(keys, !shortcutsOpen && !share)

  // Once: a link's highlighted passage (its row made current), or the row the reader came back to.
  const arrived = useRef(false)
  useEffect(() => {
    if (arrived.current) return
    arrived.current = true
    const back = returnTo && shownRows.find((r) => r.id === returnTo)
    if (back) return navigation.select(back)
    if (!firstLinked) return
    const row = shownRows.find((r) =>
      r.cells.some((c) => c.stance?.passages.includes(firstLinked.id)),
    )
    quoteTarget.current = firstLinked.id
    if (row) navigation.select(row)
    else reveal.show(firstLinked.id, true)
  })

  const spansOf = (row: ClaimRow): AccountSpan[] =>
    row.cells.flatMap((c) =>
      (c.stance?.passages ?? []).flatMap((id) => {
        const s = byId.get(id)
        return s ? [{ side: s.side, start: s.start, end: s.end }] : []
      }),
    )

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
          onQuote={(row, _account, passageId) => {
            quoteTarget.current = passageId
            navigation.select(row)
          }}
          onSideBySide={props.onSideBySide}
          onShare={(row) => setShare({ row, spans: spansOf(row) })}
        />
        <AccountReader
          set={set}
          comparison={comparison}
          labels={labels}
          shown={reveal.shown}
          onShow={reveal.setShown}
          highlights={highlights}
          idPrefix={idPrefix}
          paneRef={readerRef}
        />
      </main>
      {shortcutsOpen && (
        <ShortcutsDialog shortcuts={SET_SHORTCUTS} onClose={() => setShortcutsOpen(false)} />
      )}
      {share && (
        <SetShareDialog
          set={set}
          lens={props.lens}
          spans={share.spans}
          title={share.row ? `Link to this claim: ${share.row.divergence.topicLabel}` : 'Share'}
          onClose={() => setShare(null)}
        />
      )}
    </>
  )
}
