import { ACCOUNT_ORDINALS } from '../../lib/account-names'
import { Button } from '../ui/button'

export type AccountMove = 'up' | 'down' | 'remove'

interface AccountToolsProps {
  index: number
  count: number
  onMove: (move: AccountMove) => void
}

/**
 * Moving an account up or down, or removing it: shown only when there are more than two (two accounts
 * are the pair they always were, and Swap trades them). Each name says which account it acts on.
 */
export function AccountTools({ index, count, onMove }: AccountToolsProps) {
  const whose = <span className="sr-only">, {ACCOUNT_ORDINALS[index]} account</span>
  return (
    <div className="flex flex-wrap gap-1.5 font-sans text-xs">
      {index > 0 && (
        <Button size="xs" data-move="up" onClick={() => onMove('up')}>
          Move up{whose}
        </Button>
      )}
      {index < count - 1 && (
        <Button size="xs" data-move="down" onClick={() => onMove('down')}>
          Move down{whose}
        </Button>
      )}
      <Button size="xs" data-move="remove" onClick={() => onMove('remove')}>
        Remove{whose}
      </Button>
    </div>
  )
}
