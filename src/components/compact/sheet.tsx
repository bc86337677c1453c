import { useEffect, useId, useRef, type ReactNode } from 'react'

interface SheetProps {
  title: string
  onClose: () => void
  children: ReactNode
  /** Wider content (a preview, a snippet) gets more room from 640px up. */
  wide?: boolean
}

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
      className={`mx-0 mt-auto mb-0 max-h-[85dvh] w-full max-w-none overflow-y-auto rounded-t-xl border border-stone-300 bg-white p-0 text-stone-900 shadow-2xl backdrop:bg-black/50 sm:m-auto sm:rounded-xl ${
        wide ? 'sm:w-[min(44rem,calc(100vw-2rem))]' : 'sm:w-[min(28rem,calc(100vw-2rem))]'
      }`}
    >
      <div className="flex flex-col gap-4 p-4 pb-[max(1rem,env(safe-area-inset-bottom))] font-sans text-sm">
        <div className="flex items-baseline justify-between gap-3">
          <h2 id={titleId} className="text-base font-semibold">
            {title}
          </h2>
          <button
            type="button"
            onClick={onClose}
            className="rounded-md px-2 py-1 text-stone-700 underline underline-offset-2 hover:text-stone-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-800"
          >
            Close
          </button>
        </div>
        {children}
      </div>
    </dialog>
  )
}
