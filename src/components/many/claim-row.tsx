import { useId } from 'react'
import type { AccountKey } from '../../core'
import { Isolated } from '../isolated'
import { Button } from '../ui/button'
import { ClaimCellView } from './claim-cell'
import type { ClaimRow } from './claim-rows'
import { kindWords, whoAgainstWhom, type Labels } from './claim-words'
import { PairPicker } from './pair-picker'

export interface ClaimRowActions {
  onQuote: (row: ClaimRow, account: AccountKey, passageId: string) => void
  onSideBySide: (row: ClaimRow, x: AccountKey, y: AccountKey) => void
  onShare: (row: ClaimRow) => void
  /** Saves the row as a quote card. */
  onCard: (row: ClaimRow) => void
}

interface ClaimRowProps extends ClaimRowActions {
  row: ClaimRow
  labels: Labels
  domId: string
  /** The row the reader stepped to (or picked) last. */
  current: boolean
  /** Accounts with a passage a link highlights in this row. */
  linked: ReadonlySet<AccountKey>
}

/**
 * One claim: the row header says what it is about, how the accounts diverge on it and who stands
 * against whom; a cell per account; then why, and what to do with the row.
 */
export function ClaimRowView(props: ClaimRowProps) {
  const { row, labels, domId, current, linked } = props
  const reasonId = useId()
  const who = whoAgainstWhom(row, labels)
  const d = row.divergence
  return (
    <tr
      role="row"
      id={domId}
      className="claim-row"
      aria-current={current || undefined}
      data-claim={row.id}
      data-many-kind={d.kind}
      data-focus-topic={d.focus || undefined}
    >
      <th role="rowheader" scope="row" tabIndex={-1} className="claim-head focus-ring">
        <span className="block text-sm font-semibold text-stone-900">{d.topicLabel}</span>
        <span className="kind-badge mt-1 inline-block text-xs font-medium">
          <Isolated>{kindWords(row, labels)}</Isolated>
        </span>
        {who && (
          <span className="who-against mt-1 block text-xs font-semibold">
            <Isolated>{who}</Isolated>
          </span>
        )}
      </th>
      {row.cells.map((cell) => (
        <ClaimCellView
          key={cell.account}
          cell={cell}
          labels={labels}
          reasonId={reasonId}
          linked={linked.has(cell.account)}
          onQuote={(account, passageId) => props.onQuote(row, account, passageId)}
        />
      ))}
      <td role="cell" className="claim-why">
        <p id={reasonId} dir="auto" className="text-xs text-stone-700">
          {d.reason}
        </p>
        {/* Controls only: the whole box, margin and all, stays off paper. */}
        <div className="mt-2 flex flex-col items-start gap-1.5" data-print="hide">
          <PairPicker row={row} labels={labels} onPick={(x, y) => props.onSideBySide(row, x, y)} />
          <Button size="xs" onClick={() => props.onShare(row)} className="text-xs">
            Link to this claim
          </Button>
          <Button
            size="xs"
            aria-haspopup="dialog"
            onClick={() => props.onCard(row)}
            className="text-xs"
          >
            Save as image
          </Button>
        </div>
      </td>
    </tr>
  )
}
