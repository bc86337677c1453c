import { useId } from 'react'
import type { AccountKey, ManyComparison } from '../../core'
import type { AccountSpan } from '../../data/account-set'
import { Isolated } from '../isolated'
import type { ClaimRow } from './claim-rows'
import { ClaimRowView, type ClaimRowActions } from './claim-row'
import type { Labels } from './claim-words'
import { overlapsSpan } from './passage-dom'

interface ClaimsTableProps extends ClaimRowActions {
  comparison: ManyComparison
  rows: ClaimRow[]
  labels: Labels
  currentId: string | null
  highlights: readonly AccountSpan[]
  /** The DOM id of a row by its id: the keyboard steps move focus to it. */
  rowDomId: (rowId: string) => string
  /** What the table says when the filters leave no row. */
  empty: string
}

/**
 * "Claims by account": a row per claim, a column per account headed by its label. Explicit table roles:
 * on a phone the rows are laid out as cards (index.css), and a table drawn with other display values
 * keeps its semantics only when they are said.
 */
export function ClaimsTable(props: ClaimsTableProps) {
  const { comparison, rows, labels, currentId, highlights, rowDomId, empty } = props
  const headingId = useId()
  const passages = new Map(comparison.accounts.flatMap((a) => a.passages.map((s) => [s.id, s])))
  const linkedIn = (row: ClaimRow) =>
    new Set<AccountKey>(
      row.cells
        .filter((c) =>
          c.stance?.passages.some((id) => {
            const s = passages.get(id)
            return s ? overlapsSpan(highlights, s) : false
          }),
        )
        .map((c) => c.account),
    )
  return (
    <section aria-labelledby={headingId} className="claims flex min-h-0 flex-col gap-2">
      <h2 id={headingId} className="font-sans text-base font-semibold text-stone-900">
        Claims by account
      </h2>
      <div className="claims-scroll min-h-0 rounded-lg border border-stone-200 bg-white shadow-sm">
        <table role="table" aria-labelledby={headingId} className="claims-table">
          <thead role="rowgroup">
            <tr role="row">
              <th role="columnheader" scope="col">
                Claim
              </th>
              {comparison.accounts.map((a) => (
                <th key={a.key} role="columnheader" scope="col" dir="auto">
                  {a.label}
                </th>
              ))}
              <th role="columnheader" scope="col">
                Why
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {rows.map((row) => (
              <ClaimRowView
                key={row.id}
                row={row}
                labels={labels}
                domId={rowDomId(row.id)}
                current={row.id === currentId}
                linked={linkedIn(row)}
                onQuote={props.onQuote}
                onSideBySide={props.onSideBySide}
                onShare={props.onShare}
                onCard={props.onCard}
              />
            ))}
          </tbody>
        </table>
        {rows.length === 0 && (
          <p className="p-4 font-sans text-sm text-stone-600">
            <Isolated>{empty}</Isolated>
          </p>
        )}
      </div>
    </section>
  )
}
