import { useEffect, useRef, useState } from 'react'
import { toComparisonFile } from '../../core'
import type { AccountPair } from '../../data/pair'
import { copyText } from '../../lib/copy-text'
import { downloadFile } from '../../lib/download-file'
import { quoteMarkdown, type Quote } from '../../lib/quote-markdown'
import type { TextSpan } from '../../lib/selection-offsets'
import { LinkLength } from './link-length'
import { QuoteCopy } from './quote-copy'
import { ShareLinkField } from './share-link-field'
import type { ShareLink } from './use-share-link'
import { Isolated } from '../isolated'
import { SaveImageButton } from '../quote-card/quote-cards'

interface SharePanelProps {
  pair: AccountPair
  spans: TextSpan[]
  link: Extract<ShareLink, { status: 'ready' }>
  /** Copy the link as soon as it is shown ("Copy link" by a selection). */
  copyAtOnce: boolean
}

const quotesOf = (pair: AccountPair, spans: TextSpan[]): Quote[] =>
  spans.map((s) => ({ text: pair[s.side].text.slice(s.start, s.end), label: pair[s.side].label }))

// Two lines show; a selection of a whole long account must not put megabytes into the popover.
const preview = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}…` : text)

async function copyInto(url: string, box: HTMLInputElement | null, say: (s: string) => void) {
  if (await copyText(url)) return say('Link copied.')
  // Copying needs a permission some browsers withhold: leave the link selected for Ctrl+C instead.
  box?.focus()
  box?.select()
  say('This browser did not let Parallax copy: the link is selected, press Ctrl+C (⌘C on a Mac).')
}

/** What is linked, the link itself with its length, and the ways to send it. */
export function SharePanel({ pair, spans, link, copyAtOnce }: SharePanelProps) {
  const [status, setStatus] = useState('')
  const quotes = quotesOf(pair, spans)
  const field = useRef<HTMLInputElement | null>(null)

  const copyLink = (box: HTMLInputElement | null) => void copyInto(link.url, box, setStatus)
  const copiedAtOnce = useRef(false)
  useEffect(() => {
    if (!copyAtOnce || copiedAtOnce.current) return
    copiedAtOnce.current = true
    void copyInto(link.url, field.current, setStatus)
  }, [copyAtOnce, link.url])

  return (
    <>
      <ul className="flex max-h-32 flex-col gap-1.5 overflow-y-auto">
        {quotes.map((quote, i) => (
          <li key={i} className="border-l-2 border-stone-300 pl-2">
            {/* Not <q>: a passage often ends inside a quotation, with its own closing mark. */}
            <p dir="auto" className="line-clamp-2 font-serif text-stone-800">
              {preview(quote.text)}
            </p>
            <span className="block text-xs text-stone-500">
              — <Isolated>{quote.label}</Isolated>
            </span>
          </li>
        ))}
      </ul>
      <ShareLinkField url={link.url} fieldRef={field} onCopy={copyLink} />
      <LinkLength
        length={link.url.length}
        onDownload={() => downloadFile('parallax-comparison.json', toComparisonFile(link.state))}
      />
      <div className="flex flex-wrap items-start gap-2">
        <QuoteCopy markdown={quoteMarkdown(quotes, link.url)} onCopied={setStatus} />
        <SaveImageButton request={() => ({ kind: 'selection', spans, link: link.url })} />
      </div>
      <p role="status" className="min-h-[1.25rem] text-xs text-stone-700">
        {status}
      </p>
    </>
  )
}
