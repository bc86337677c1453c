import { useEffect, useId, useRef, useState } from 'react'
import {
  encodeLink,
  MAX_SHARE_LINK_LENGTH,
  type LinkLens,
  type ReaderCorrections,
} from '../../core'
import { linkStateOf } from '../../data/link-pair'
import type { AccountPair } from '../../data/pair'
import { copyText } from '../../lib/copy-text'
import { embedSnippet, embedUrl } from '../../lib/embed-snippet'
import { Sheet } from '../compact/sheet'
import { useLinkedSpans } from '../share/permalink-highlights'
import { Button } from '../ui/button'

type Snippet =
  { status: 'pending' } | { status: 'ready'; code: string } | { status: 'failed'; message: string }

interface EmbedDialogProps {
  pair: AccountPair
  lens: LinkLens
  corrections?: ReaderCorrections
  onClose: () => void
}

function useEmbedSnippet({ pair, lens, corrections }: Omit<EmbedDialogProps, 'onClose'>): Snippet {
  // A comparison opened from a link embeds with that link's highlights.
  const spans = useLinkedSpans()
  const [snippet, setSnippet] = useState<Snippet>({ status: 'pending' })
  useEffect(() => {
    let live = true
    const make = async (): Promise<Snippet> => {
      try {
        const fragment = await encodeLink(linkStateOf(pair, lens, spans, corrections))
        if (fragment.length > MAX_SHARE_LINK_LENGTH) {
          return {
            status: 'failed',
            message:
              'These accounts are too long to embed: the embedded view carries both texts in its address. Download the report instead.',
          }
        }
        return {
          status: 'ready',
          code: embedSnippet(embedUrl(fragment, document.baseURI), pair.title),
        }
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        return { status: 'failed', message: `Parallax could not make the embed code. ${reason}` }
      }
    }
    void make().then((made) => live && setSnippet(made))
    return () => {
      live = false
    }
  }, [pair, lens, spans, corrections])
  return snippet
}

/** The read-only box that holds the code. */
const CODE_BOX =
  'w-full resize-y rounded-md border border-stone-300 bg-stone-50 p-2 font-mono text-xs break-all text-stone-900 focus-ring'

/** "Embed": the `<iframe>` code that shows this comparison, read-only, in another page. */
export function EmbedDialog(props: EmbedDialogProps) {
  const snippet = useEmbedSnippet(props)
  const id = useId()
  const box = useRef<HTMLTextAreaElement>(null)
  const [status, setStatus] = useState('')
  useEffect(() => {
    if (snippet.status !== 'ready') return
    box.current?.focus()
    box.current?.select()
  }, [snippet.status])

  const copy = async (code: string) => {
    if (await copyText(code)) return setStatus('Embed code copied.')
    box.current?.focus()
    box.current?.select()
    setStatus(
      'This browser did not let Parallax copy: the code is selected, press Ctrl+C (⌘C on a Mac).',
    )
  }

  return (
    <Sheet title="Embed this comparison" onClose={props.onClose} wide>
      <p className="text-stone-700">
        Paste this code into a web page to show the comparison there: both accounts with their
        marks, the divergences and a link to open it in Parallax. Readers cannot change it. It loads
        only Parallax’s own files, from this site, and sets no cookies.
      </p>
      {snippet.status === 'pending' && <p role="status">Making the code…</p>}
      {snippet.status === 'failed' && (
        <p role="alert" className="notice" data-tone="warn">
          {snippet.message}
        </p>
      )}
      {snippet.status === 'ready' && (
        <div className="flex flex-col gap-1.5">
          <label htmlFor={id} className="text-xs font-semibold text-stone-700">
            Embed code
          </label>
          <textarea
            id={id}
            ref={box}
            readOnly
            value={snippet.code}
            rows={5}
            spellCheck={false}
            onFocus={(event) => event.currentTarget.select()}
            className={CODE_BOX}
          />
          <Button variant="primary" onClick={() => void copy(snippet.code)} className="self-start">
            Copy code
          </Button>
        </div>
      )}
      <p role="status" className="min-h-[1.25rem] text-xs text-stone-700">
        {status}
      </p>
    </Sheet>
  )
}
