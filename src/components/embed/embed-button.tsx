import { lazy, Suspense, useState } from 'react'
import type { LinkLens, ReaderCorrections } from '../../core'
import type { AccountPair } from '../../data/pair'
import { Button } from '../ui/button'

// Loaded on first use, as the report is: most readers never embed.
const EmbedDialog = lazy(() => import('./embed-dialog').then((m) => ({ default: m.EmbedDialog })))

/** "Embed": opens the dialog with the `<iframe>` code for this comparison. */
export function EmbedButton(props: {
  pair: AccountPair
  lens: LinkLens
  corrections?: ReaderCorrections
}) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button
        size="sm"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
        data-print="hide"
        // In the masthead, whose small capitals it does not take.
        className="font-sans text-sm tracking-normal normal-case"
      >
        Embed
      </Button>
      {open && (
        <Suspense fallback={null}>
          <EmbedDialog {...props} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  )
}
