import { useId } from 'react'
import type { ManyComparison } from '../../core'
import type { Lens } from '../../hooks/use-comparison'
import { PositionAnnouncer } from '../navigation/position-announcer'
import type { Announcement } from '../navigation/use-step-navigation'
import { Button } from '../ui/button'
import { FIELD } from '../ui/field'
import type { ClaimFilters } from './claim-filters'
import { KIND_FILTERS } from './claim-words'
import { SetFocusBar } from './set-focus-bar'

interface ClaimsToolbarProps {
  comparison: ManyComparison
  lens: Lens
  onLensChange: (lens: Lens) => void
  filters: ClaimFilters
  onFilters: (filters: ClaimFilters) => void
  onPrevious: () => void
  onNext: () => void
  onShortcuts: () => void
  announcement: Announcement
  /** "2 of 7": beside the buttons; the live region says it in words. */
  position: string
}

/** The lens, the filters by kind and focus, and the steps through the claims (j / k, as for a pair). */
export function ClaimsToolbar(props: ClaimsToolbarProps) {
  const { comparison, filters, onFilters } = props
  const kindId = useId()
  return (
    <div className="flex flex-col gap-2 border-y border-stone-200 py-2.5 font-sans text-sm">
      <div className="flex flex-wrap items-center gap-x-5 gap-y-1.5">
        <SetFocusBar comparison={comparison} lens={props.lens} onLensChange={props.onLensChange} />
        <span className="flex items-center gap-2">
          <label htmlFor={kindId} className="font-semibold text-stone-800">
            Kind
          </label>
          <select
            id={kindId}
            value={filters.kind}
            onChange={(event) =>
              onFilters({ ...filters, kind: event.target.value as ClaimFilters['kind'] })
            }
            className={`px-2 py-1 ${FIELD}`}
          >
            <option value="all">All kinds</option>
            {KIND_FILTERS.map(([kind, name]) => (
              <option key={kind} value={kind}>
                {name}
              </option>
            ))}
          </select>
        </span>
        <label className="flex cursor-pointer items-center gap-1.5 text-stone-800">
          <input
            type="checkbox"
            checked={filters.onlyFocus}
            onChange={(event) => onFilters({ ...filters, onlyFocus: event.target.checked })}
            className="size-4 accent-sky-800 focus-ring"
          />
          Only the focus topic
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-1.5">
        <Button size="sm" onClick={props.onPrevious} aria-keyshortcuts="k">
          <span aria-hidden="true">↑ </span>Previous claim
        </Button>
        <Button size="sm" onClick={props.onNext} aria-keyshortcuts="j">
          <span aria-hidden="true">↓ </span>Next claim
        </Button>
        <span aria-hidden="true" className="px-1 text-stone-600 tabular-nums">
          {props.position}
        </span>
        <Button size="sm" onClick={props.onShortcuts} aria-keyshortcuts="?">
          Shortcuts
        </Button>
        <PositionAnnouncer announcement={props.announcement} />
      </div>
    </div>
  )
}
