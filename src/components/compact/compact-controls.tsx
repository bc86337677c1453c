import { useState, type ReactNode } from 'react'
import type { Comparison } from '../../core'
import type { Lens } from '../../hooks/use-comparison'
import { FocusBar } from '../focus-bar'
import { PositionAnnouncer } from '../navigation/position-announcer'
import type { useReadingNavigation } from '../navigation/use-reading-navigation'
import { CompactBar } from './compact-bar'
import { Sheet } from './sheet'
import { ViewSheet } from './view-sheet'

interface CompactControlsProps {
  comparison: Comparison
  labels: [string, string]
  lens: Lens
  onLensChange: (lens: Lens) => void
  reading: ReturnType<typeof useReadingNavigation>
  /** "Download report" and "Embed". */
  actions: ReactNode
}

/** A phone's controls: the compact bar, and the lens picker and View menu it opens. */
export function CompactControls(props: CompactControlsProps) {
  const { comparison, labels, lens, onLensChange, reading } = props
  const { filtering, navigation, keys } = reading
  const [open, setOpen] = useState<'focus' | 'view' | null>(null)
  const close = () => setOpen(null)
  return (
    <>
      <CompactBar
        focusLabel={comparison.focusLabel}
        index={navigation.index}
        count={navigation.count}
        onPrevious={keys.previous}
        onNext={keys.next}
        onOpenFocus={() => setOpen('focus')}
        onOpenView={() => setOpen('view')}
        open={open}
      >
        <PositionAnnouncer announcement={navigation.announcement} />
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
          passages={comparison.segments}
          filters={filtering.filters}
          onFilterChange={filtering.setFilter}
          onClose={close}
          actions={props.actions}
        />
      )}
    </>
  )
}
