import { useEffect, useId, type RefObject } from 'react'
import { Button } from '../ui/button'

interface ShareLinkFieldProps {
  url: string
  /** The box, so the caller can select the link when copying is refused. */
  fieldRef: RefObject<HTMLInputElement | null>
  onCopy: (field: HTMLInputElement | null) => void
}

/** Read-only: a tinted surface, and a ring close to the box, which fills its row. */
const LINK_BOX_LOOK =
  'rounded-md border border-stone-300 bg-stone-50 text-stone-900 focus-ring-tight focus-visible:outline-offset-1'

/** The link in a read-only box (selected on focus, for copying by hand) and its Copy button. */
export function ShareLinkField({ url, fieldRef: field, onCopy }: ShareLinkFieldProps) {
  const id = useId()
  // Focus lands in the box when the link is ready, so the keyboard is in the popover and Ctrl+C works.
  useEffect(() => {
    field.current?.focus()
    field.current?.select()
  }, [field])
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-semibold text-stone-700">
        Share link
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          ref={field}
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          spellCheck={false}
          className={`min-w-0 flex-1 px-2 py-1 font-mono text-xs ${LINK_BOX_LOOK}`}
        />
        <Button variant="primary" onClick={() => onCopy(field.current)}>
          Copy
        </Button>
      </div>
    </div>
  )
}
