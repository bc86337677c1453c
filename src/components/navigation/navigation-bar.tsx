import { FilterControls } from './filter-controls'
import { PositionAnnouncer } from './position-announcer'
import type { Announcement } from './use-divergence-navigation'
import type { Filters } from './passage-filters'

interface NavigationBarProps {
  onPrevious: () => void
  onNext: () => void
  onShortcuts: () => void
  filters: Filters
  onFilterChange: (name: keyof Filters, on: boolean) => void
  announcement: Announcement
  /** "2 of 13": shown beside the buttons; the live region says it in words. */
  position: string
}

const buttonClass =
  'whitespace-nowrap rounded-md border border-stone-300 bg-white px-2.5 py-1 text-stone-800 shadow-xs hover:border-stone-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-800'

/** Stepping through the divergences, the two filters, and the live region that says where a step landed. */
export function NavigationBar(props: NavigationBarProps) {
  const { onPrevious, onNext, onShortcuts, filters, onFilterChange, announcement, position } = props
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1.5 font-sans text-sm">
      <div className="flex flex-wrap items-center gap-1.5">
        <button
          type="button"
          onClick={onPrevious}
          aria-keyshortcuts="k"
          aria-label="Previous divergence"
          className={buttonClass}
        >
          {/* On a phone the word "divergence" is not shown (the name still says it), so the row fits. */}
          <span aria-hidden="true">↑ </span>Previous
          <span className="max-[600px]:hidden"> divergence</span>
        </button>
        <button
          type="button"
          onClick={onNext}
          aria-keyshortcuts="j"
          aria-label="Next divergence"
          className={buttonClass}
        >
          <span aria-hidden="true">↓ </span>Next
          <span className="max-[600px]:hidden"> divergence</span>
        </button>
        <span aria-hidden="true" className="px-1 text-stone-600 tabular-nums">
          {position}
        </span>
        <button
          type="button"
          onClick={onShortcuts}
          aria-keyshortcuts="?"
          className={`${buttonClass} text-stone-600`}
        >
          Shortcuts
        </button>
      </div>
      <FilterControls filters={filters} onFilterChange={onFilterChange} />
      <PositionAnnouncer announcement={announcement} />
    </div>
  )
}
