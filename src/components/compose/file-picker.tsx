import { ACCEPTED_FILES } from '../../lib/account-file-kinds'

interface FilePickerProps {
  /** Accessible name of the file input, e.g. "Open a file for the first account". */
  name: string
  onFile: (file: File) => void
}

/** A button-looking label around a visually hidden file input, so the input keeps keyboard focus. */
export function FilePicker({ name, onFile }: FilePickerProps) {
  return (
    <label className="inline-flex cursor-pointer items-center rounded-md border border-stone-300 bg-white px-2.5 py-1 font-sans text-sm font-medium text-stone-800 shadow-xs hover:bg-stone-100 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-sky-800">
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
