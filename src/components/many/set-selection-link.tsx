import type { AccountSpan } from '../../data/account-set'
import { setSelectionOffsets } from '../../lib/selection-offsets'
import { LinkIcon } from '../icons'
import { placement } from '../share/selection-link-button'
import { usePaneSelection } from '../share/use-pane-selection'
import { Button } from '../ui/button'

/** "Copy link" by words selected in an account of the set: the share box for exactly those words. */
export function SetSelectionLink({ onShare }: { onShare: (span: AccountSpan) => void }) {
  const selection = usePaneSelection(setSelectionOffsets)
  if (!selection) return null
  return (
    <Button
      variant="strong"
      // Keeps the selection: a press would otherwise clear it before the click.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onShare(selection.span)}
      style={placement(selection.rect)}
      className="fixed z-40 inline-flex items-center gap-1.5 font-sans text-sm shadow-lg"
    >
      <LinkIcon />
      Copy link
    </Button>
  )
}
