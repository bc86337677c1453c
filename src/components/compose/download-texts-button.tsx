import { useDraftStore } from '../../hooks/use-drafts'
import { downloadFile } from '../../lib/download-file'
import { draftsAsText } from '../../lib/drafts-as-text'

/** Today as YYYY-MM-DD, for the file's name. */
const today = () => new Date().toISOString().slice(0, 10)

/**
 * "Download my texts": the draft and every earlier draft as one .txt file, for when the browser cannot
 * keep them. Read from the store when pressed (the texts may be megabytes).
 */
export function DownloadTextsButton({ className }: { className: string }) {
  const store = useDraftStore()
  const download = () => {
    const { current, kept } = store.getState()
    const text = draftsAsText(current, kept) || 'Nothing typed yet.\n'
    downloadFile(`parallax-drafts-${today()}.txt`, text, 'text/plain;charset=utf-8')
  }
  return (
    <button type="button" className={className} onClick={download}>
      Download my texts
    </button>
  )
}
