import { useEffect, useId, useRef, type ReactNode } from 'react'
import { Button } from '../ui/button'

interface SheetProps {
  title: string
  onClose: () => void
  children: ReactNode
  /** Wider content (a preview, a snippet) gets more room from 640px up. */
  wide?: boolean
}

/** On a phone: the full width, along the bottom edge, at most 85% of the screen tall. */
const ALONG_THE_BOTTOM =
  'mx-0 mt-auto mb-0 max-h-[85dvh] w-full max-w-none overflow-y-auto rounded-t-xl'
/**
 * Its own type, whatever it is opened from: "Embed" sits in the masthead, whose small capitals, letter
 * spacing and weight the dialog would otherwise inherit (its text and the code box both).
 */
const SHEET_LOOK =
  'border border-stone-300 bg-white p-0 text-stone-900 font-normal tracking-normal normal-case shadow-2xl backdrop:bg-black/50'
const WIDE = 'sm:w-[min(44rem,calc(100vw-2rem))]'
const NARROW = 'sm:w-[min(28rem,calc(100vw-2rem))]'
/** The last line stays above a phone's home indicator. */
const CLEAR_OF_THE_HOME_BAR = 'pb-[max(1rem,env(safe-area-inset-bottom))]'

/**
 * A modal dialog: along the bottom edge on a phone, where the thumb is; centred from 640px up. The
 * platform's <dialog> makes the page behind it inert; Escape, a tap on the backdrop and Close shut it,
 * and focus goes back to where it was.
 */
export function Sheet({ title, onClose, children, wide = false }: SheetProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const dialog = ref.current
    const returnTo = document.activeElement
    if (dialog && typeof dialog.showModal === 'function') dialog.showModal()
    else dialog?.setAttribute('open', '')
    return () => {
      if (returnTo instanceof HTMLElement) returnTo.focus({ preventScroll: true })
    }
  }, [])

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-modal="true"
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return
        event.preventDefault()
        onClose()
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself.
        if (event.target === ref.current) onClose()
      }}
      className={`${ALONG_THE_BOTTOM} ${SHEET_LOOK} sm:m-auto sm:rounded-xl ${wide ? WIDE : NARROW}`}
    >
      <div className={`flex flex-col gap-4 p-4 ${CLEAR_OF_THE_HOME_BAR} font-sans text-sm`}>
        <div className="flex items-baseline justify-between gap-3">
          <h2 id={titleId} className="text-base font-semibold">
            {title}
          </h2>
          <Button variant="link" onClick={onClose} className="px-2 py-1">
            Close
          </Button>
        </div>
        {children}
      </div>
    </dialog>
  )
}
