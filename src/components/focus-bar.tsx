import { useId } from 'react'
import type { Comparison } from '../core'

interface FocusBarProps {
  comparison: Comparison
  labels: [string, string]
  onFocusChange: (topic: string) => void
  /** True while the comparison is recomputed for a new focus. */
  updating: boolean
}

/** The lens: which topic the comparison leads with and which passages stand out. */
export function FocusBar({ comparison, labels, onFocusChange, updating }: FocusBarProps) {
  const selectId = useId()
  const { topics, focus, focusLabel } = comparison
  // The current focus is always selectable, even when no passage carries it.
  const options = topics.some((t) => t.id === focus)
    ? topics
    : [{ id: focus, label: focusLabel, a: 0, b: 0 }, ...topics]

  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 font-sans text-sm">
      <label htmlFor={selectId} className="font-semibold text-stone-800">
        Focus
      </label>
      <select
        id={selectId}
        value={focus}
        onChange={(event) => onFocusChange(event.target.value)}
        className="max-w-full rounded-md border border-stone-300 bg-white px-2 py-1 text-stone-900 shadow-xs focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-800 min-[900px]:max-w-[17rem]"
      >
        {options.map((topic) => (
          <option key={topic.id} value={topic.id}>
            {topic.label} ({topic.a} · {topic.b})
          </option>
        ))}
      </select>
      <span className="text-stone-600">
        Lens: <strong className="font-semibold text-stone-900">{focusLabel}</strong>
      </span>
      <span className="text-xs text-stone-500">
        passages in {labels[0]} · {labels[1]}
      </span>
      {updating && (
        <span role="status" className="text-xs text-stone-500">
          Updating…
        </span>
      )}
    </div>
  )
}
