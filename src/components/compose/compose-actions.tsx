import { useId } from 'react'

interface ComposeActionsProps {
  /** Why Compare is disabled, or '' when it is not. */
  blocked: string
  onSwap: () => void
  onLoadExample: () => void
  loadingExample: boolean
}

const secondary =
  'rounded-md border border-stone-300 bg-white px-3 py-1.5 font-medium text-stone-800 shadow-xs hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-800 disabled:opacity-50'

/** Compare (the form's submit), Swap and Load example. */
export function ComposeActions({
  blocked,
  onSwap,
  onLoadExample,
  loadingExample,
}: ComposeActionsProps) {
  const hintId = useId()
  return (
    <div className="flex flex-wrap items-center gap-3 font-sans text-sm">
      <button
        type="submit"
        disabled={!!blocked}
        aria-describedby={blocked ? hintId : undefined}
        className="rounded-md bg-sky-800 px-4 py-1.5 font-semibold text-white shadow-sm hover:bg-sky-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-800 disabled:cursor-not-allowed disabled:bg-stone-400"
      >
        Compare
      </button>
      <button type="button" onClick={onSwap} className={secondary}>
        Swap
      </button>
      <button type="button" onClick={onLoadExample} disabled={loadingExample} className={secondary}>
        Load example
      </button>
      {blocked && (
        <p id={hintId} className="text-stone-600">
          {blocked}
        </p>
      )}
    </div>
  )
}
