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
 * are the pair they always were, and Swap trades them). Each name says which account it acts on: an
 * aria-label, since Chromium reads a visually hidden span's text as a word of its own ("Remove , third
 * account"), not the name the interface contract gives.
 */
export function AccountTools({ index, count, onMove }: AccountToolsProps) {
  const whose = `, ${ACCOUNT_ORDINALS[index]} account`
  return (
    <div className="flex flex-wrap gap-1.5 font-sans text-xs">
      {index > 0 && (
        <Button
          size="xs"
          data-move="up"
          aria-label={`Move up${whose}`}
          onClick={() => onMove('up')}
        >
          Move up
        </Button>
      )}
      {index < count - 1 && (
        <Button
          size="xs"
          data-move="down"
          aria-label={`Move down${whose}`}
          onClick={() => onMove('down')}
        >
          Move down
        </Button>
      )}
      <Button
        size="xs"
        data-move="remove"
        aria-label={`Remove${whose}`}
        onClick={() => onMove('remove')}
      >
        Remove
      </Button>
    </div>
  )
}
