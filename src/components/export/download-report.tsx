import { useCallback, useId, useRef, useState, type RefObject } from 'react'
import type { Comparison, LinkLens, ReaderCorrections } from '../../core'
import type { AccountPair } from '../../data/pair'
import { downloadFile } from '../../lib/download-file'
import { useDismiss } from '../share/use-dismiss'
import type { ReportFormat } from './report-file'
import { Button } from '../ui/button'

const FORMAT_NAMES: Record<ReportFormat, string> = { md: 'Markdown (.md)', html: 'HTML (.html)' }

/** A format in the menu: framed only under the pointer, so the menu reads as a list. */
const formatClass =
  'focus-ring rounded-md border border-transparent px-2.5 py-1 text-left text-stone-800 hover:border-stone-400'

/** The formats on offer; mounted only while open, so Escape elsewhere on the page is left alone. */
function FormatMenu(props: {
  id: string
  container: RefObject<HTMLElement | null>
  onClose: () => void
  onChoose: (format: ReportFormat) => Promise<void>
}) {
  useDismiss(props.container, props.onClose)
  return (
    <div
      id={props.id}
      role="group"
      aria-label="Report format"
      className="absolute right-0 z-30 mt-1 flex w-max flex-col gap-1 rounded-md border border-stone-300 bg-white p-1.5 shadow-md"
    >
      {(Object.keys(FORMAT_NAMES) as ReportFormat[]).map((format) => (
        <button
          key={format}
          type="button"
          onClick={() => void props.onChoose(format)}
          className={formatClass}
        >
          {FORMAT_NAMES[format]}
        </button>
      ))}
    </div>
  )
}

/** A report file, made on demand. */
export interface ReportFileOut {
  name: string
  text: string
  type: string
}

/** "Download report": the comparison on screen as a Markdown file or one self-contained HTML file. */
export function DownloadReport(props: {
  pair: AccountPair
  comparison: Comparison
  lens: LinkLens
  /** The reader's alignment corrections, carried by the report's links. */
  corrections?: ReaderCorrections
}) {
  const { pair, comparison, lens, corrections } = props
  const makeFile = async (format: ReportFormat) => {
    // Loaded on first use: most readers never download, so the report code stays out of the first load.
    const { reportFile } = await import('./report-file')
    return reportFile(format, pair, comparison, lens, corrections)
  }
  return <ReportMenu makeFile={makeFile} />
}

/** The "Download report" button and its formats, for whatever comparison `makeFile` reports on. */
export function ReportMenu({
  makeFile,
}: {
  makeFile: (format: ReportFormat) => Promise<ReportFileOut>
}) {
  const [open, setOpen] = useState(false)
  const [error, setError] = useState('')
  const menuId = useId()
  const ref = useRef<HTMLDivElement>(null)
  const trigger = useRef<HTMLButtonElement>(null)
  const close = useCallback(() => {
    // Closed from inside (Escape on a format): focus goes back to the button, not to the page.
    const inside = ref.current?.contains(document.activeElement)
    setOpen(false)
    if (inside) trigger.current?.focus()
  }, [])

  const download = async (format: ReportFormat) => {
    setError('')
    try {
      const file = await makeFile(format)
      downloadFile(file.name, file.text, file.type)
      setOpen(false)
    } catch (err) {
      setError(`Parallax could not make the report. ${err instanceof Error ? err.message : ''}`)
    }
  }

  return (
    <div
      ref={ref}
      data-print="hide"
      className="relative inline-block font-sans text-sm font-normal tracking-normal normal-case"
    >
      <Button
        ref={trigger}
        size="sm"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((was) => !was)}
      >
        Download report
      </Button>
      {open && <FormatMenu id={menuId} container={ref} onClose={close} onChoose={download} />}
      {error && (
        <p role="alert" className="field-error mt-1">
          {error}
        </p>
      )}
    </div>
  )
}
