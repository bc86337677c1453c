import type { KeyboardEvent, MouseEvent } from 'react'

/**
 * Shift+Enter or Shift+Space on a share button: keyboard activation's own click does not say whether
 * Shift was held in every browser, so the key is handled here and its click suppressed.
 */
export function onShiftActivate(run: (add: boolean) => void) {
  return {
    onClick: (event: MouseEvent) => run(event.shiftKey),
    onKeyDown: (event: KeyboardEvent) => {
      if (!event.shiftKey || (event.key !== 'Enter' && event.key !== ' ')) return
      event.preventDefault()
      run(true)
    },
  }
}
