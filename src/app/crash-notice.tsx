import { useRef, useState } from 'react'
import { copyText } from '../lib/copy-text'
import { Button } from '../components/ui/button'

interface CrashNoticeProps {
  error: Error
  /** The reader's texts as one plain text, read when asked for (it may be megabytes). */
  texts: () => string
  onRetry: () => void
}

type Copy = 'idle' | 'copied' | 'refused' | 'nothing'

/**
 * What a crashed view leaves behind: what went wrong, and the reader's texts to take away. When the
 * browser refuses the clipboard, the texts appear in a read-only box, selected, to copy by hand.
 */
export function CrashNotice({ error, texts, onRetry }: CrashNoticeProps) {
  const [copy, setCopy] = useState<Copy>('idle')
  const [shown, setShown] = useState('')
  const box = useRef<HTMLTextAreaElement>(null)

  const copyTexts = async () => {
    const text = texts()
    if (!text.trim()) return setCopy('nothing')
    if (await copyText(text)) return setCopy('copied')
    setShown(text)
    setCopy('refused')
    requestAnimationFrame(() => box.current?.select())
  }

  return (
    <div role="alert" className="m-6 flex max-w-xl flex-col gap-3 font-sans">
      <p className="font-semibold">Parallax could not show this page.</p>
      <p className="text-stone-700">
        What went wrong: <span className="break-words">{error.message || String(error)}</span>
      </p>
      <p className="text-stone-700">
        Your texts are not lost: copy them before you reload or leave this page.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button variant="strong" onClick={() => void copyTexts()} className="text-sm">
          Copy my texts
        </Button>
        <Button onClick={onRetry} className="text-sm">
          Retry
        </Button>
      </div>
      {copy === 'copied' && <p className="text-stone-700">Copied: paste them somewhere safe.</p>}
      {copy === 'nothing' && (
        <p className="text-stone-700">There are no texts on this page to copy: nothing is lost.</p>
      )}
      {copy === 'refused' && (
        <label className="flex flex-col gap-1 text-stone-700">
          The browser did not allow copying. Select all in this box and copy it by hand:
          <textarea
            ref={box}
            readOnly
            value={shown || 'There are no texts to copy.'}
            rows={10}
            className="rounded-md border border-stone-400 bg-white p-2 font-mono text-sm text-stone-900 focus-ring-tight"
          />
        </label>
      )}
    </div>
  )
}
