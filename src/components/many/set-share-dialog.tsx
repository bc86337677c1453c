import { useRef, useState } from 'react'
import { toManyComparisonFile, type LinkLens } from '../../core'
import { accountOf, type AccountSet, type AccountSpan } from '../../data/account-set'
import { copyText } from '../../lib/copy-text'
import { downloadFile } from '../../lib/download-file'
import { Sheet } from '../compact/sheet'
import { Isolated } from '../isolated'
import { LinkLength } from '../share/link-length'
import { ShareLinkField } from '../share/share-link-field'
import { useSetShareLink } from './use-set-share-link'

interface SetShareDialogProps {
  set: AccountSet
  lens: LinkLens
  /** The passages the link highlights; none for the whole comparison. */
  spans: readonly AccountSpan[]
  title: string
  onClose: () => void
}

// Two lines show; a passage of a long account must not put megabytes into the dialog.
const preview = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}…` : text)

/**
 * The link to a claim of the set (or the whole set), with its length and, past the share limit, the
 * comparison as a file: the share box of a pair, for three to five accounts.
 */
export function SetShareDialog({ set, lens, spans, title, onClose }: SetShareDialogProps) {
  const link = useSetShareLink(set, lens, spans)
  const field = useRef<HTMLInputElement | null>(null)
  const [status, setStatus] = useState('')
  const copy = async (box: HTMLInputElement | null) => {
    if (link.status !== 'ready') return
    if (await copyText(link.url)) return setStatus('Link copied.')
    box?.focus()
    box?.select()
    setStatus(
      'This browser did not let Parallax copy: the link is selected, press Ctrl+C (⌘C on a Mac).',
    )
  }
  return (
    <Sheet title={title} onClose={onClose}>
      {spans.length > 0 && (
        <ul className="flex max-h-40 flex-col gap-1.5 overflow-y-auto">
          {spans.map((span, i) => {
            const account = accountOf(set, span.side)!
            return (
              <li key={i} className="border-l-2 border-stone-300 pl-2">
                <p dir="auto" className="line-clamp-2 font-serif text-stone-800">
                  {preview(account.text.slice(span.start, span.end))}
                </p>
                <span className="block text-xs text-stone-500">
                  — <Isolated>{account.label}</Isolated>
                </span>
              </li>
            )
          })}
        </ul>
      )}
      {link.status === 'pending' && <p role="status">Making the link…</p>}
      {link.status === 'failed' && <p role="alert">{link.message}</p>}
      {link.status === 'ready' && (
        <>
          <ShareLinkField url={link.url} fieldRef={field} onCopy={(box) => void copy(box)} />
          <LinkLength
            length={link.url.length}
            carries="all the texts"
            onDownload={() =>
              downloadFile('parallax-comparison.json', toManyComparisonFile(link.state))
            }
          />
        </>
      )}
      <p role="status" className="min-h-[1.25rem] text-xs text-stone-700">
        {status}
      </p>
    </Sheet>
  )
}
