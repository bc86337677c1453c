import { useId, useState } from 'react'
import { MAX_FILE_LENGTH } from '../../core'
import { FILE_HREF, keepOpenedFile } from '../../lib/opened-file'
import { Isolated } from '../isolated'
import { PICKER } from '../compose/file-picker'

// UTF-8 takes at most three bytes per UTF-16 unit; a larger file cannot be within the length cap.
const MAX_FILE_BYTES = MAX_FILE_LENGTH * 3

/**
 * "Open comparison file": a .json file saved from the share popover (for comparisons too long for a
 * link) opens at #/file. Reading and checking it happen there; here only what stops it being read.
 */
export function OpenComparisonFile() {
  const hintId = useId()
  /** The file that could not be opened, and why (the rest of the sentence its name starts). */
  const [error, setError] = useState<{ name: string; problem: string } | null>(null)
  const open = async (file: File) => {
    if (file.size > MAX_FILE_BYTES) {
      setError({ name: file.name, problem: 'is too large to be a comparison.' })
      return
    }
    try {
      keepOpenedFile(file.name, await file.text())
      setError(null)
      window.location.hash = FILE_HREF
    } catch {
      setError({ name: file.name, problem: 'could not be read.' })
    }
  }
  return (
    <div className="flex flex-col gap-1 font-sans text-sm">
      <label className={`${PICKER} self-start`}>
        Open comparison file…
        <input
          type="file"
          accept=".json,application/json"
          aria-label="Open comparison file"
          aria-describedby={error ? hintId : undefined}
          className="sr-only"
          onChange={(event) => {
            const file = event.target.files?.[0]
            // Cleared, so picking the same file again fires a change.
            event.target.value = ''
            if (file) void open(file)
          }}
        />
      </label>
      {error && (
        <p id={hintId} role="alert" className="field-error">
          “<Isolated>{error.name}</Isolated>” {error.problem}
        </p>
      )}
    </div>
  )
}
