import { useRef, useState, type ClipboardEvent, type DragEvent } from 'react'
import { MAX_ACCOUNT_CHARS, accountProblem } from '../../lib/account-limits'
import type { FileText } from '../../lib/read-account-file'
import { textDirection } from '../../lib/text-direction'
import { textReader } from '../../worker/text-reader-client'
import { Isolated } from '../isolated'
import { FilePicker } from './file-picker'
import { insertText } from './insert-text'
import { FIELD } from '../ui/field'

/** The account as it will read: the serif of the panes, a little smaller; amber when it is too long. */
const BOX_TEXT = 'font-serif text-[0.95rem] leading-relaxed aria-invalid:border-amber-700'

interface AccountTextBoxProps {
  id: string
  /** Id of the element naming the box ("First account"). */
  labelId: string
  /** "first" or "second": used in messages and names. */
  ordinal: string
  text: string
  /** A new text; `fileName` when it came from a file. */
  onText: (text: string, fileName?: string) => void
}

const hasFiles = (event: DragEvent) => [...event.dataTransfer.types].includes('Files')
const count = (n: number) => n.toLocaleString('en')

/**
 * An account's text: typed, pasted (rich text keeps its paragraphs), dropped or picked as a file.
 * A file that cannot be used leaves the text as it was and says why, naming the file.
 */
export function AccountTextBox({ id, labelId, ordinal, text, onText }: AccountTextBoxProps) {
  /** The file that could not be used, and why (the rest of the sentence its name starts). */
  const [fileError, setFileError] = useState<{ name: string; problem: string } | null>(null)
  const [reading, setReading] = useState('')
  const [dragging, setDragging] = useState(false)
  const lastFile = useRef(0)
  const problem = accountProblem(text)

  const openFile = async (file: File) => {
    // Only the last file dropped or picked counts, even if an earlier one takes longer to read.
    const ticket = ++lastFile.current
    setReading(file.name)
    const result: FileText = await textReader
      .readFile(file)
      .catch(() => ({ ok: false, problem: 'could not be read.' }))
    if (ticket !== lastFile.current) return
    setReading('')
    setFileError(result.ok ? null : { name: file.name, problem: result.problem })
    if (result.ok) onText(result.text, file.name)
  }

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const html = event.clipboardData.getData('text/html')
    if (!html) return // plain text: the browser pastes it as is
    event.preventDefault()
    // Rich text is read in the worker; meanwhile the paste waits, and lands where the caret was.
    const plain = event.clipboardData.getData('text/plain')
    const target = event.currentTarget
    const { selectionStart, selectionEnd, value } = target
    void textReader
      .pastedText(html)
      .catch(() => '')
      .then((converted) => {
        const text = converted || plain // markup with no text in it, or a failed read: the plain text
        if (!text || !target.isConnected) return
        // Typed over in the meantime: the paste goes wherever the caret is now.
        if (target.value === value) target.setSelectionRange(selectionStart, selectionEnd)
        insertText(target, text, (next) => onText(next))
      })
  }

  const onDragOver = (event: DragEvent) => {
    if (!hasFiles(event)) return // dragged text is inserted by the browser
    event.preventDefault()
    event.dataTransfer.dropEffect = 'copy'
    setDragging(true)
  }
  const onDrop = (event: DragEvent) => {
    setDragging(false)
    if (!hasFiles(event)) return
    event.preventDefault()
    const file = event.dataTransfer.files[0]
    if (file) void openFile(file)
  }

  const describedBy = [problem && `${id}-problem`, fileError && `${id}-file`]
    .filter(Boolean)
    .join(' ')
  return (
    <div className="flex flex-col gap-1.5">
      <div
        className="drop-box"
        data-dragging={dragging || undefined}
        onDragEnter={onDragOver}
        onDragOver={onDragOver}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <textarea
          id={id}
          aria-labelledby={labelId}
          dir={textDirection(text)}
          // Spell-checking a 1 MB text costs the browser seconds, and these are other people's words.
          spellCheck={false}
          // Off, so the browser does not copy a megabyte into its form-restore state on every
          // navigation (leaving for the comparison took 40 ms of that); the draft keeps the text.
          autoComplete="off"
          value={text}
          onChange={(event) => {
            setFileError(null)
            onText(event.target.value)
          }}
          onPaste={onPaste}
          aria-invalid={problem === 'too-long' || undefined}
          aria-describedby={describedBy || undefined}
          placeholder={`Paste the ${ordinal} account here, or drop a .txt, .md or .html file on this box.`}
          className={`block h-[min(48dvh,26rem)] min-h-40 w-full resize-y px-3 py-2 ${FIELD} ${BOX_TEXT}`}
        />
      </div>
      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 font-sans text-sm">
        <FilePicker
          name={`Open a file for the ${ordinal} account`}
          onFile={(file) => void openFile(file)}
        />
        <span
          className={`tabular-nums ${problem === 'too-long' ? 'font-semibold text-amber-900' : 'text-stone-500'}`}
        >
          {count(text.length)}
          {problem === 'too-long' && ` of ${count(MAX_ACCOUNT_CHARS)}`} characters
        </span>
      </div>
      {reading && (
        <p role="status" className="font-sans text-sm text-stone-600">
          Reading “<Isolated>{reading}</Isolated>”…
        </p>
      )}
      {problem === 'empty' && (
        <p id={`${id}-problem`} className="font-sans text-sm text-stone-600">
          The {ordinal} account is empty: paste or type it, or open a file.
        </p>
      )}
      {problem === 'too-long' && (
        <p id={`${id}-problem`} role="alert" className="field-error">
          The {ordinal} account is over the 2 MB limit ({count(MAX_ACCOUNT_CHARS)} characters).
          Shorten it to compare.
        </p>
      )}
      {fileError && (
        <p id={`${id}-file`} role="alert" className="field-error">
          “<Isolated>{fileError.name}</Isolated>” {fileError.problem} The text in the box was left
          as it was.
        </p>
      )}
    </div>
  )
}
