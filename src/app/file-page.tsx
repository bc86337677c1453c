import { useSyncExternalStore } from 'react'
import { OpenComparisonFile } from '../components/share/open-comparison-file'
import { useComparisonFile } from '../hooks/use-comparison-file'
import { openedFile, subscribeOpenedFile, type OpenedFile } from '../lib/opened-file'
import { OpenedComparisonPage } from './opened-comparison-page'

function OpenedFilePage({ file }: { file: OpenedFile }) {
  return <OpenedComparisonPage opened={useComparisonFile(file)} />
}

/** A comparison file the reader opened (`#/file`). Files live in memory: after a reload, open it again. */
export function FilePage() {
  const file = useSyncExternalStore(subscribeOpenedFile, openedFile)
  if (file) return <OpenedFilePage key={file.id} file={file} />
  return (
    <main className="mx-auto flex max-w-xl flex-col gap-3 p-6 font-sans">
      <h1 className="text-xl font-semibold">No comparison file is open</h1>
      <p className="text-stone-700">
        A comparison file stays in this page only until it is reloaded. Open it again:
      </p>
      <OpenComparisonFile />
    </main>
  )
}
