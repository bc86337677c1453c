import { useState } from 'react'
import { copyText } from '../../lib/copy-text'
import { Button } from '../ui/button'

interface QuoteCopyProps {
  /** The quote with its label and link, as Markdown. */
  markdown: string
  onCopied: (message: string) => void
}

/** "Copy as quote": the passages as a Markdown quote with the label and the link. */
export function QuoteCopy({ markdown, onCopied }: QuoteCopyProps) {
  const [manual, setManual] = useState(false)
  const copy = async () => {
    if (await copyText(markdown)) {
      setManual(false)
      onCopied('Quote copied, as Markdown with the link.')
    } else {
      // No clipboard: show the quote to copy by hand.
      setManual(true)
      onCopied('This browser did not let Parallax copy: select the quote below and copy it.')
    }
  }
  return (
    <div className="flex flex-col gap-1.5">
      <Button onClick={() => void copy()} className="self-start">
        Copy as quote
      </Button>
      {manual && (
        <textarea
          readOnly
          aria-label="Quote"
          value={markdown}
          rows={4}
          onFocus={(event) => event.currentTarget.select()}
          className="w-full rounded-md border border-stone-300 bg-stone-50 p-2 font-mono text-xs"
        />
      )}
    </div>
  )
}
