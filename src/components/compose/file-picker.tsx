import { ACCEPTED_FILES } from '../../lib/account-file-kinds'
import { buttonClass } from '../ui/button'

/** Looks like a button; rings when its hidden input has the keyboard focus. */
export const PICKER = `inline-flex cursor-pointer items-center focus-ring-within ${buttonClass('secondary', 'sm')}`

interface FilePickerProps {
  /** Accessible name of the file input, e.g. "Open a file for the first account". */
  name: string
  onFile: (file: File) => void
}

/** A button-looking label around a visually hidden file input, so the input keeps keyboard focus. */
export function FilePicker({ name, onFile }: FilePickerProps) {
  return (
    <label className={`${PICKER} font-sans text-sm`}>
      Open file…
      <input
        type="file"
        accept={ACCEPTED_FILES}
        aria-label={name}
        className="sr-only"
        onChange={(event) => {
          const file = event.target.files?.[0]
          // Cleared, so picking the same file again (after fixing it) fires a change.
          event.target.value = ''
          if (file) onFile(file)
        }}
      />
    </label>
  )
}
