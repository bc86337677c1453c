import type { ReactNode } from 'react'
import { Isolated } from '../isolated'
import { Button } from '../ui/button'

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

/** Every button of the bar is at least 44px square, a thumb's width. */
const THUMB_SIZED = 'inline-flex min-h-11 min-w-11 items-center justify-center'
/** The focus chip: a pill with the word "Focus" over the lens, as wide as the bar leaves it. */
const CHIP_SHAPE =
  'flex min-h-11 min-w-0 flex-1 flex-col items-start justify-center rounded-full px-3.5 leading-tight'
const CHIP_LOOK =
  'border border-stone-300 bg-white text-stone-900 shadow-xs hover:border-stone-500 focus-ring'
/** Fixed along the bottom edge, above the page, clear of a phone's home indicator. */
const DOCKED =
  'fixed inset-x-0 bottom-0 z-40 px-2 pt-1.5 pb-[max(0.375rem,env(safe-area-inset-bottom))]'
const BAR_LOOK =
  'border-t border-stone-300 bg-white/95 shadow-[0_-2px_8px_rgb(0_0_0/0.08)] backdrop-blur'

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
      className={`${DOCKED} ${BAR_LOOK} font-sans text-sm`}
    >
      <div className="mx-auto flex max-w-3xl items-center gap-1.5">
        <button
          type="button"
          onClick={onOpenFocus}
          aria-haspopup="dialog"
          aria-expanded={open === 'focus'}
          className={`${CHIP_SHAPE} ${CHIP_LOOK}`}
        >
          <span className="text-[0.6875rem] font-semibold tracking-wide text-sky-800 uppercase">
            Focus
          </span>
          <span className="max-w-full truncate">
            <Isolated>{focusLabel}</Isolated>
          </span>
        </button>
        <Button
          onClick={onOpenView}
          aria-haspopup="dialog"
          aria-expanded={open === 'view'}
          className={THUMB_SIZED}
        >
          View
        </Button>
        <Button
          onClick={onPrevious}
          aria-keyshortcuts="k"
          aria-label="Previous divergence"
          className={THUMB_SIZED}
        >
          <span aria-hidden="true">↑</span>
        </Button>
        {/* "2/13" for the eye; the live region says where a step landed in words. */}
        <span
          aria-hidden="true"
          className="min-w-9 text-center text-xs text-stone-700 tabular-nums"
        >
          {index >= 0 ? index + 1 : '–'}/{count}
        </span>
        <Button
          onClick={onNext}
          aria-keyshortcuts="j"
          aria-label="Next divergence"
          className={THUMB_SIZED}
        >
          <span aria-hidden="true">↓</span>
        </Button>
      </div>
      {props.children}
    </nav>
  )
}
