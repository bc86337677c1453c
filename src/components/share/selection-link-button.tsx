import type { CSSProperties } from 'react'
import { selectionOffsets, type TextSpan } from '../../lib/selection-offsets'
import { LinkIcon } from '../icons'
import type { ShareOptions } from './share-types'
import { onShiftActivate } from './shift-intent'
import { usePaneSelection } from './use-pane-selection'
import { Button } from '../ui/button'

const BUTTON_WIDTH = 104
const BUTTON_HEIGHT = 34
const GAP = 6

/** Just below the end of the selection, or above it near the bottom of the window; always on screen. */
export function placement(rect: DOMRect): CSSProperties {
  const below = rect.bottom + GAP
  const top = below + BUTTON_HEIGHT > window.innerHeight ? rect.top - GAP - BUTTON_HEIGHT : below
  const left = Math.min(
    Math.max(rect.right - BUTTON_WIDTH / 2, 8),
    window.innerWidth - BUTTON_WIDTH,
  )
  // A selection scrolled out of view still gets its button on screen, at the nearest edge.
  return {
    top: Math.min(Math.max(top, 8), window.innerHeight - BUTTON_HEIGHT - 8),
    left: Math.max(left, 8),
  }
}

interface SelectionLinkButtonProps {
  onShare: (span: TextSpan, options: ShareOptions) => void
  /** Hidden while the share popover is open: it would sit on top of it. */
  hidden: boolean
}

/** "Copy link" by a selection in an account pane: links to exactly the words selected. */
export function SelectionLinkButton({ onShare, hidden }: SelectionLinkButtonProps) {
  const selection = usePaneSelection(selectionOffsets)
  if (!selection || hidden) return null
  const { span, rect, shift } = selection
  const activate = onShiftActivate((add) => {
    const anchor = document.activeElement instanceof HTMLElement ? document.activeElement : null
    onShare(span, { anchor: rect, add: add || shift, copy: true, returnFocus: anchor })
  })
  return (
    <Button
      variant="strong"
      // Keeps the selection: a press would otherwise clear it before the click.
      onMouseDown={(event) => event.preventDefault()}
      {...activate}
      style={placement(rect)}
      className="fixed z-40 inline-flex items-center gap-1.5 font-sans text-sm shadow-lg"
    >
      <LinkIcon />
      Copy link
    </Button>
  )
}
