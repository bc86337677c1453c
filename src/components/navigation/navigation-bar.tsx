import { FilterControls } from './filter-controls'
import { PositionAnnouncer } from './position-announcer'
import type { Announcement } from './use-divergence-navigation'
import type { Filters } from './passage-filters'
import { Button } from '../ui/button'

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

/** Stepping through the divergences, the two filters, and the live region that says where a step landed. */
export function NavigationBar(props: NavigationBarProps) {
  const { onPrevious, onNext, onShortcuts, filters, onFilterChange, announcement, position } = props
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1.5 font-sans text-sm">
      <div className="flex flex-wrap items-center gap-1.5">
        <Button
          size="sm"
          onClick={onPrevious}
          aria-keyshortcuts="k"
          aria-label="Previous divergence"
          className="whitespace-nowrap"
        >
          {/* On a phone the word "divergence" is not shown (the name still says it), so the row fits. */}
          <span aria-hidden="true">↑ </span>Previous
          <span className="max-[600px]:hidden"> divergence</span>
        </Button>
        <Button
          size="sm"
          onClick={onNext}
          aria-keyshortcuts="j"
          aria-label="Next divergence"
          className="whitespace-nowrap"
        >
          <span aria-hidden="true">↓ </span>Next
          <span className="max-[600px]:hidden"> divergence</span>
        </Button>
        <span aria-hidden="true" className="px-1 text-stone-600 tabular-nums">
          {position}
        </span>
        <Button size="sm" onClick={onShortcuts} aria-keyshortcuts="?" className="whitespace-nowrap">
          Shortcuts
        </Button>
      </div>
      <FilterControls filters={filters} onFilterChange={onFilterChange} />
      <PositionAnnouncer announcement={announcement} />
    </div>
  )
}
