import { lazy, Suspense, useState } from 'react'
import type { AlignmentEdits, LinkLens } from '../../core'
import type { AccountPair } from '../../data/pair'

// Loaded on first use, as the report is: most readers never embed.
const EmbedDialog = lazy(() => import('./embed-dialog').then((m) => ({ default: m.EmbedDialog })))

const buttonClass =
  'rounded-md border border-stone-300 bg-white px-2.5 py-1 font-sans text-sm font-normal tracking-normal text-stone-800 normal-case hover:border-stone-400 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-800'

/** "Embed": opens the dialog with the `<iframe>` code for this comparison. */
export function EmbedButton(props: { pair: AccountPair; lens: LinkLens; edits?: AlignmentEdits }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
        data-print="hide"
        className={buttonClass}
      >
        Embed
      </button>
      {open && (
        <Suspense fallback={null}>
          <EmbedDialog {...props} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  )
}
