import type { AccountKey } from '../../core'
import { Isolated } from '../isolated'
import type { ClaimCell as Cell } from './claim-rows'
import { listOf, type Labels } from './claim-words'

interface ClaimCellProps {
  cell: Cell
  labels: Labels
  /** Id of the row's reason: a cell that clashes is described by it. */
  reasonId: string
  /** True when a link highlights a passage of this cell. */
  linked: boolean
  onQuote: (account: AccountKey, passageId: string) => void
}

/**
 * What one account says of a claim: its key phrase, a button that shows the passage in the account's
 * text, or "says nothing". A cell that stands against another account says against whom, and is
 * described by the reason. On a phone the cell says whose it is (the column header is out of sight).
 */
export function ClaimCellView({ cell, labels, reasonId, linked, onQuote }: ClaimCellProps) {
  const { stance, against } = cell
  const label = labels.get(cell.account) ?? cell.account
  return (
    <td
      role="cell"
      className="claim-cell"
      data-account={cell.account}
      data-against={against.length > 0 || undefined}
      data-linked={linked || undefined}
    >
      <span className="claim-cell-label" aria-hidden="true" dir="auto">
        {label}
      </span>
      {stance ? (
        <>
          <button
            type="button"
            className="claim-quote focus-ring"
            dir="auto"
            aria-describedby={against.length > 0 ? reasonId : undefined}
            onClick={() => onQuote(cell.account, stance.passages[0]!)}
          >
            <span className="sr-only">Show in the text: </span>“{stance.quote}”
          </button>
          {stance.speaker && (
            <span className="block text-xs text-stone-600">
              <Isolated>{stance.speaker}</Isolated>
            </span>
          )}
          {against.length > 0 && (
            <span className="clash-mark">
              <span aria-hidden="true">≠ </span>against{' '}
              <Isolated>{listOf(labels, against)}</Isolated>
            </span>
          )}
        </>
      ) : (
        <span className="says-nothing">says nothing</span>
      )}
    </td>
  )
}
