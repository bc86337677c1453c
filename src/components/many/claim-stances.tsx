import { useEffect, useRef } from 'react'
import type { AccountKey, ManyComparison } from '../../core'
import { Isolated } from '../isolated'
import { Button } from '../ui/button'
import type { ClaimRow } from './claim-rows'
import { kindWords, whoAgainstWhom } from './claim-words'

interface ClaimStancesProps {
  row: ClaimRow
  comparison: ManyComparison
  /** The two accounts side by side: the others' stances are the ones listed. */
  shown: [AccountKey, AccountKey]
  onBack: () => void
}

/**
 * Above the pair from a set: the claim the reader came from, what the other accounts say of it, and
 * the way back to its row in the table. Focus starts on the way back, so the keyboard is one press away.
 */
export function ClaimStances({ row, comparison, shown, onBack }: ClaimStancesProps) {
  const labels = new Map(comparison.accounts.map((a) => [a.key, a.label]))
  const back = useRef<HTMLButtonElement>(null)
  useEffect(() => back.current?.focus({ preventScroll: true }), [])
  const others = row.cells.filter((c) => !shown.includes(c.account))
  const who = whoAgainstWhom(row, labels)
  return (
    <section aria-label="This claim in the other accounts" className="notice flex flex-col gap-1.5">
      <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <Button ref={back} size="sm" onClick={onBack}>
          <span aria-hidden="true">← </span>Back to the claims table
        </Button>
        <span>
          <strong className="font-semibold">{row.divergence.topicLabel}</strong>:{' '}
          <Isolated>{kindWords(row, labels)}</Isolated>
          {who && (
            <>
              {' '}
              (<Isolated>{who}</Isolated>)
            </>
          )}
        </span>
      </p>
      {others.length > 0 && (
        <ul className="flex flex-col gap-0.5">
          {others.map((cell) => (
            <li key={cell.account}>
              <span className="font-semibold">
                <Isolated>{labels.get(cell.account) ?? cell.account}</Isolated>:
              </span>{' '}
              {cell.stance ? (
                <q dir="auto" className="font-serif">
                  {cell.stance.quote}
                </q>
              ) : (
                <span className="italic">says nothing</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
