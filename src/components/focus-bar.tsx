import { useId, useState } from 'react'
import type { Comparison, TopicCount } from '../core'
import type { Lens } from '../hooks/use-comparison'
import { CustomLensForm } from './custom-lens-form'
import { Isolated } from './isolated'
import { FIELD } from './ui/field'

/** The core's topic id for the reader's own keywords. */
export const CUSTOM_FOCUS = 'custom'

interface FocusBarProps {
  comparison: Comparison
  labels: [string, string]
  /** The lens asked for; its keywords fill the custom lens box. */
  lens: Lens
  onLensChange: (lens: Lens) => void
}

/** Topics found, with the current focus always among them (even when no passage carries it). */
/** The topics found, with the focus first when no passage is on it ("All topics"): that one has no
 * passage counts to show. */
function topicOptions({ topics, focus, focusLabel }: Comparison): (TopicCount | FocusOnly)[] {
  const found = topics.filter((t) => t.id !== CUSTOM_FOCUS)
  if (focus === CUSTOM_FOCUS || found.some((t) => t.id === focus)) return found
  return [{ id: focus, label: focusLabel }, ...found]
}

interface FocusOnly {
  id: string
  label: string
}

const counts = (t: TopicCount | FocusOnly) => ('a' in t ? ` (${t.a} · ${t.b})` : '')

/** The lens: which topic the comparison leads with and which passages stand out. */
export function FocusBar({ comparison, labels, lens, onLensChange }: FocusBarProps) {
  const selectId = useId()
  const [customOpen, setCustomOpen] = useState(comparison.focus === CUSTOM_FOCUS)
  const custom = comparison.topics.find((t) => t.id === CUSTOM_FOCUS)

  const choose = (value: string) => {
    setCustomOpen(value === CUSTOM_FOCUS)
    if (value !== CUSTOM_FOCUS) onLensChange({ focus: value })
  }

  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5 font-sans text-sm">
      <label htmlFor={selectId} className="font-semibold text-stone-800">
        Focus
      </label>
      <select
        id={selectId}
        value={customOpen ? CUSTOM_FOCUS : comparison.focus}
        onChange={(event) => choose(event.target.value)}
        className={`max-w-full px-2 py-1 min-[900px]:max-w-[17rem] ${FIELD}`}
      >
        {topicOptions(comparison).map((topic) => (
          <option key={topic.id} value={topic.id}>
            {topic.label}
            {counts(topic)}
          </option>
        ))}
        <option value={CUSTOM_FOCUS}>Custom…{custom ? counts(custom) : ''}</option>
      </select>
      {customOpen ? (
        <CustomLensForm
          initial={lens.focus === CUSTOM_FOCUS ? (lens.keywords ?? []) : []}
          onApply={(keywords) => onLensChange({ focus: CUSTOM_FOCUS, keywords })}
        />
      ) : (
        <span className="text-stone-600">
          Lens:{' '}
          <strong className="font-semibold text-stone-900">
            <Isolated>{comparison.focusLabel}</Isolated>
          </strong>
        </span>
      )}
      <span className="text-xs text-stone-500">
        passages in <Isolated>{labels[0]}</Isolated> · <Isolated>{labels[1]}</Isolated>
      </span>
    </div>
  )
}
