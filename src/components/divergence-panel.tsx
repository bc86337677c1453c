import { useDeferredValue, useState } from 'react'
import type { Divergence } from '../core'
import { DivergenceItem } from './divergence-item'

/** On a phone the list sits above the panes, so it starts with the ones a reader leads with. */
const SHOWN_ON_PHONES = 5
/** Long accounts diverge in thousands of places; the list shows this many more at a time. */
const PAGE = 40

interface DivergencePanelProps {
  divergences: Divergence[]
  labels: [string, string]
  onSelect: (divergence: Divergence) => void
}

const buttonClass = 'mt-2 font-sans text-sm text-sky-800 underline underline-offset-2'

/** Where the accounts diverge, in the core's ranking: the focus topic first. */
export function DivergencePanel({ divergences, labels, onSelect }: DivergencePanelProps) {
  const [expanded, setExpanded] = useState(false)
  const [shown, setShown] = useState(PAGE)
  // A long list comes in a render (and a frame) of its own, after the panes' first one.
  const deferred = useDeferredValue(divergences, [])
  const listed = divergences.length > PAGE ? deferred : divergences
  const visible = listed.slice(0, shown)
  const hiddenOnPhones = expanded ? 0 : Math.max(0, visible.length - SHOWN_ON_PHONES)
  const notShown = listed.length - visible.length

  return (
    <nav aria-label="Divergences" className="min-h-0 min-[900px]:overflow-y-auto min-[900px]:pr-1">
      <h2 className="mb-2 font-sans text-sm font-semibold text-stone-800">
        Divergences <span className="font-normal text-stone-500">({divergences.length})</span>
      </h2>
      {divergences.length === 0 ? (
        <p className="text-sm text-stone-600">The accounts do not diverge on any topic found.</p>
      ) : (
        <ol className="flex flex-col gap-2">
          {visible.map((divergence, index) => (
            <DivergenceItem
              key={divergence.id}
              divergence={divergence}
              labels={labels}
              onSelect={onSelect}
              hiddenOnPhones={index >= SHOWN_ON_PHONES && !expanded}
            />
          ))}
        </ol>
      )}
      {hiddenOnPhones > 0 && (
        <button
          type="button"
          onClick={() => setExpanded(true)}
          className={`${buttonClass} min-[900px]:hidden`}
        >
          Show {hiddenOnPhones} more
        </button>
      )}
      {notShown > 0 && (
        <button
          type="button"
          onClick={() => setShown((n) => n + PAGE)}
          className={`${buttonClass} ${hiddenOnPhones > 0 ? 'max-[899px]:hidden' : ''}`}
        >
          Show {Math.min(PAGE, notShown)} more ({notShown.toLocaleString('en')} not listed yet)
        </button>
      )}
    </nav>
  )
}
