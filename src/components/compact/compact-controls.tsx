import { useState, type ReactNode } from 'react'
import type { Comparison } from '../../core'
import type { Lens } from '../../hooks/use-comparison'
import { FocusBar } from '../focus-bar'
import type { Filters } from '../navigation/passage-filters'
import { PositionAnnouncer } from '../navigation/position-announcer'
import type { Announcement } from '../navigation/use-divergence-navigation'
import { CompactBar } from './compact-bar'
import { Sheet } from './sheet'
import { ViewSheet } from './view-sheet'

interface CompactControlsProps {
  comparison: Comparison
  labels: [string, string]
  lens: Lens
  onLensChange: (lens: Lens) => void
  filters: Filters
  onFilterChange: (name: keyof Filters, on: boolean) => void
  onPrevious: () => void
  onNext: () => void
  index: number
  count: number
  announcement: Announcement
  /** "Download report" and "Embed". */
  actions: ReactNode
}

/** A phone's controls: the compact bar, and the lens picker and View menu it opens. */
export function CompactControls(props: CompactControlsProps) {
  const { comparison, labels, lens, onLensChange, filters, onFilterChange } = props
  const [open, setOpen] = useState<'focus' | 'view' | null>(null)
  const close = () => setOpen(null)
  return (
    <>
      <CompactBar
        focusLabel={comparison.focusLabel}
        index={props.index}
        count={props.count}
        onPrevious={props.onPrevious}
        onNext={props.onNext}
        onOpenFocus={() => setOpen('focus')}
        onOpenView={() => setOpen('view')}
        open={open}
      >
        <PositionAnnouncer announcement={props.announcement} />
      </CompactBar>
      {open === 'focus' && (
        <Sheet title="Focus" onClose={close}>
          <p className="text-stone-700">
            The topic the comparison leads with: its divergences come first and its passages stand
            out.
          </p>
          <FocusBar
            comparison={comparison}
            labels={labels}
            lens={lens}
            onLensChange={onLensChange}
          />
        </Sheet>
      )}
      {open === 'view' && (
        <ViewSheet
          segments={comparison.segments}
          filters={filters}
          onFilterChange={onFilterChange}
          onClose={close}
          actions={props.actions}
        />
      )}
    </>
  )
}
