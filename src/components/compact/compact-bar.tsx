import type { ReactNode } from 'react'
import { Isolated } from '../isolated'

interface CompactBarProps {
  /** The lens on screen, e.g. "Ukraine — progress". */
  focusLabel: string
  /** Where the reader is among the divergences (-1 before the first step), and how many there are. */
  index: number
  count: number
  onPrevious: () => void
  onNext: () => void
  onOpenFocus: () => void
  onOpenView: () => void
  /** Which sheet is open, so each button says whether its dialog is. */
  open: 'focus' | 'view' | null
  /** The live region that says where a step landed. */
  children?: ReactNode
}

const buttonClass =
  'inline-flex min-h-11 items-center justify-center rounded-lg border border-stone-300 bg-white px-3 text-stone-900 shadow-xs hover:border-stone-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-800'

/**
 * A phone's controls in one bar along the bottom edge, where the thumb is, and always in view: the
 * focus as a chip that opens the lens picker, the View menu, and the steps through the divergences with
 * where the reader is. Every button is at least 44px tall.
 */
export function CompactBar(props: CompactBarProps) {
  const { focusLabel, index, count, onPrevious, onNext, onOpenFocus, onOpenView, open } = props
  return (
    <nav
      aria-label="Reading controls"
      data-print="hide"
      className="fixed inset-x-0 bottom-0 z-40 border-t border-stone-300 bg-white/95 px-2 pt-1.5 pb-[max(0.375rem,env(safe-area-inset-bottom))] font-sans text-sm shadow-[0_-2px_8px_rgb(0_0_0/0.08)] backdrop-blur"
    >
      <div className="mx-auto flex max-w-3xl items-center gap-1.5">
        <button
          type="button"
          onClick={onOpenFocus}
          aria-haspopup="dialog"
          aria-expanded={open === 'focus'}
          className={`${buttonClass} min-w-0 flex-1 flex-col !items-start rounded-full px-3.5 leading-tight`}
        >
          <span className="text-[0.6875rem] font-semibold tracking-wide text-sky-800 uppercase">
            Focus
          </span>
          <span className="max-w-full truncate">
            <Isolated>{focusLabel}</Isolated>
          </span>
        </button>
        <button
          type="button"
          onClick={onOpenView}
          aria-haspopup="dialog"
          aria-expanded={open === 'view'}
          className={buttonClass}
        >
          View
        </button>
        <button
          type="button"
          onClick={onPrevious}
          aria-keyshortcuts="k"
          aria-label="Previous divergence"
          className={`${buttonClass} w-11 px-0`}
        >
          <span aria-hidden="true">↑</span>
        </button>
        {/* "2/13" for the eye; the live region says where a step landed in words. */}
        <span
          aria-hidden="true"
          className="min-w-9 text-center text-xs text-stone-700 tabular-nums"
        >
          {index >= 0 ? index + 1 : '–'}/{count}
        </span>
        <button
          type="button"
          onClick={onNext}
          aria-keyshortcuts="j"
          aria-label="Next divergence"
          className={`${buttonClass} w-11 px-0`}
        >
          <span aria-hidden="true">↓</span>
        </button>
      </div>
      {props.children}
    </nav>
  )
}
