import { useId, useState } from 'react'
import type { AccountKey } from '../../core'
import { Isolated } from '../isolated'
import { Button } from '../ui/button'
import { type ClaimRow, pairsOf } from './claim-rows'
import { type Labels } from './claim-words'

interface PairPickerProps {
  row: ClaimRow
  labels: Labels
  onPick: (x: AccountKey, y: AccountKey) => void
}

/**
 * "Compare these two side by side": which two accounts, the two that stand against each other first.
 * A disclosure, not a menu: the choices are plain buttons in the row, reached with Tab.
 */
export function PairPicker({ row, labels, onPick }: PairPickerProps) {
  const [open, setOpen] = useState(false)
  const listId = useId()
  const pairs = pairsOf(row)
  return (
    <div className="flex flex-col items-start gap-1">
      <Button
        size="xs"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((was) => !was)}
        className="text-xs"
      >
        Compare these two side by side
      </Button>
      <ul id={listId} hidden={!open} className="flex flex-col gap-1 pl-1">
        {pairs.map(([x, y]) => (
          <li key={`${x}${y}`}>
            <Button variant="link" onClick={() => onPick(x, y)} className="py-1 text-left text-xs">
              <Isolated>{labels.get(x) ?? x}</Isolated> and{' '}
              <Isolated>{labels.get(y) ?? y}</Isolated>
            </Button>
          </li>
        ))}
      </ul>
    </div>
  )
}
