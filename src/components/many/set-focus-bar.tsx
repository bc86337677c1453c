import { useId, useState } from 'react'
import type { ManyComparison } from '../../core'
import type { Lens } from '../../hooks/use-comparison'
import { CustomLensForm } from '../custom-lens-form'
import { CUSTOM_FOCUS } from '../focus-bar'
import { FIELD } from '../ui/field'

interface SetFocusBarProps {
  comparison: ManyComparison
  lens: Lens
  onLensChange: (lens: Lens) => void
}

type Topic = ManyComparison['topics'][number]

/** Topics found, with the current focus always among them (as the pair's focus bar lists them). */
function topicOptions({ topics, focus, focusLabel }: ManyComparison): Topic[] {
  const found = topics.filter((t) => t.id !== CUSTOM_FOCUS)
  if (!focus || focus === CUSTOM_FOCUS || found.some((t) => t.id === focus)) return found
  return [{ id: focus, label: focusLabel, counts: {} }, ...found]
}

/** Passages on the topic in each account, in the accounts' order: "(2 · 1 · 0)". */
const counts = (t: Topic, comparison: ManyComparison) =>
  ` (${comparison.accounts.map((a) => t.counts[a.key] ?? 0).join(' · ')})`

/** The lens of a set: which topic leads the table (a topic, or the reader's keywords). */
export function SetFocusBar({ comparison, lens, onLensChange }: SetFocusBarProps) {
  const selectId = useId()
  const [customOpen, setCustomOpen] = useState(comparison.focus === CUSTOM_FOCUS)
  const choose = (value: string) => {
    setCustomOpen(value === CUSTOM_FOCUS)
    if (value !== CUSTOM_FOCUS) onLensChange({ focus: value })
  }
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5">
      <label htmlFor={selectId} className="font-semibold text-stone-800">
        Focus
      </label>
      <select
        id={selectId}
        value={customOpen ? CUSTOM_FOCUS : comparison.focus}
        onChange={(event) => choose(event.target.value)}
        className={`max-w-full px-2 py-1 min-[900px]:max-w-[17rem] ${FIELD}`}
      >
        {!comparison.focus && <option value="">All topics</option>}
        {topicOptions(comparison).map((topic) => (
          <option key={topic.id} value={topic.id}>
            {topic.label}
            {counts(topic, comparison)}
          </option>
        ))}
        <option value={CUSTOM_FOCUS}>Custom…</option>
      </select>
      {customOpen && (
        <CustomLensForm
          initial={lens.focus === CUSTOM_FOCUS ? (lens.keywords ?? []) : []}
          onApply={(keywords) => onLensChange({ focus: CUSTOM_FOCUS, keywords })}
        />
      )}
    </div>
  )
}
