import { useEffect, useId, useRef } from 'react'
import { Button } from '../ui/button'

/** Every key the comparison page answers to, as the dialog lists them. */
export const SHORTCUTS: [key: string, what: string][] = [
  ['j', 'Next divergence'],
  ['k', 'Previous divergence'],
  ['Enter', 'On a divergence in the list: go to its passages'],
  ['?', 'Show this list of shortcuts'],
  ['Esc', 'Close this list, or the share popover'],
]

const DIALOG_LOOK =
  'rounded-lg border border-stone-300 bg-white text-stone-900 shadow-lg backdrop:bg-black/50'

/**
 * The list of keyboard shortcuts, as a modal dialog. The platform's <dialog> makes the page behind it
 * inert where `showModal` exists; Escape, and focus going back where it was, are handled here so they
 * hold wherever the dialog runs.
 */
export function ShortcutsDialog({
  onClose,
  shortcuts = SHORTCUTS,
}: {
  onClose: () => void
  /** The keys of the page that opened it: a pair's divergences by default. */
  shortcuts?: [key: string, what: string][]
}) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const dialog = ref.current
    const returnTo = document.activeElement
    if (dialog && typeof dialog.showModal === 'function') dialog.showModal()
    else dialog?.setAttribute('open', '')
    dialog?.querySelector<HTMLElement>('button')?.focus()
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
        if (event.key !== 'Escape') return
        event.preventDefault()
        onClose()
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself.
        if (event.target === ref.current) onClose()
      }}
      className={`m-auto w-[min(28rem,calc(100vw-2rem))] p-0 ${DIALOG_LOOK}`}
    >
      <div className="p-5 font-sans">
        <h2 id={titleId} className="text-base font-semibold">
          Keyboard shortcuts
        </h2>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          {shortcuts.map(([key, what]) => (
            <div key={key} className="contents">
              <dt>
                <kbd className="rounded border border-stone-300 bg-stone-50 px-1.5 py-0.5 font-mono text-xs">
                  {key}
                </kbd>
              </dt>
              <dd className="text-stone-700">{what}</dd>
            </div>
          ))}
        </dl>
        <Button size="sm" onClick={onClose} className="mt-4 text-sm">
          Close
        </Button>
      </div>
    </dialog>
  )
}
