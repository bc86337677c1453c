import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { PassageNote } from '../passage-notes'
import { Isolated } from '../isolated'
import { InfoIcon } from '../icons'
import { keepInsidePane } from './keep-inside-pane'

const NOTE_LOOK =
  'rounded-md border border-stone-300 bg-white p-2 font-sans text-xs leading-snug text-stone-800 shadow-md'

/**
 * "About this passage" in the passage tools: why it diverges (the reason of the divergence that cites
 * it), who speaks in it, and whether it is paired on weak evidence, so the reader can check and undo
 * it with "Remove alignment". Folded until asked: the tools stay a row of icons.
 */
export function PassageNoteButton(props: {
  note: PassageNote
  className: string
  otherLabel: string
}) {
  const { note, className, otherLabel } = props
  const [open, setOpen] = useState(false)
  const panel = useRef<HTMLSpanElement>(null)
  useLayoutEffect(() => {
    const note = panel.current
    // Below the tools when there is no room above them.
    if (open && note) keepInsidePane(note, note.parentElement?.offsetHeight ?? 0)
  }, [open])
  // Esc closes it, as it does the share popover: the note covers the lines above the passage.
  useEffect(() => {
    if (!open) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false)
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [open])
  return (
    <>
      <button
        type="button"
        aria-label="About this passage"
        title="About this passage"
        aria-expanded={open}
        className={className}
        onClick={() => setOpen((o) => !o)}
      >
        <InfoIcon />
      </button>
      {open && (
        <span
          ref={panel}
          role="note"
          dir="auto"
          className={`passage-note absolute bottom-full left-0 mb-1 block w-72 ${NOTE_LOOK}`}
        >
          {note.reason && <span className="block">{note.reason}</span>}
          {note.speaker && (
            <span className="mt-1 block text-stone-600">
              Speaking: <Isolated>{note.speaker}</Isolated>
            </span>
          )}
          {note.weak && (
            <span className="mt-1 block text-stone-600">
              Weak match: paired with <Isolated>{otherLabel}</Isolated> on little evidence. Check
              it, and remove the alignment if it is wrong.
            </span>
          )}
        </span>
      )}
    </>
  )
}
