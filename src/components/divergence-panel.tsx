import { useState } from 'react'
import type { Divergence } from '../core'
import { DivergenceItem } from './divergence-item'

/** On a phone the list sits above the panes, so it starts with the ones a reader leads with. */
const SHOWN_ON_PHONES = 5

interface DivergencePanelProps {
  divergences: Divergence[]
  labels: [string, string]
  onSelect: (divergence: Divergence) => void
}

/** Where the accounts diverge, in the core's ranking: the focus topic first. */
export function DivergencePanel({ divergences, labels, onSelect }: DivergencePanelProps) {
  const [expanded, setExpanded] = useState(false)
  const hidden = expanded ? 0 : Math.max(0, divergences.length - SHOWN_ON_PHONES)

  return (
    <nav aria-label="Divergences" className="min-h-0 min-[900px]:overflow-y-auto min-[900px]:pr-1">
      <h2 className="mb-2 font-sans text-sm font-semibold text-stone-800">
        Divergences <span className="font-normal text-stone-500">({divergences.length})</span>
      </h2>
      {divergences.length === 0 ? (
        <p className="text-sm text-stone-600">The accounts do not diverge on any topic found.</p>
      ) : (
        <ol className="flex flex-col gap-2">
          {divergences.map((divergence, index) => (
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
      {hidden > 0 && (
        <button
          type="button"
          onClick={() => setExpanded(true)}
          className="mt-2 font-sans text-sm text-sky-800 underline underline-offset-2 min-[900px]:hidden"
        >
          Show {hidden} more
        </button>
      )}
    </nav>
  )
}
