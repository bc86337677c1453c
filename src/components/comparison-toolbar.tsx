import type { Comparison } from '../core'
import type { Lens } from '../hooks/use-comparison'
import { AlignmentLegend } from './alignment-legend'
import { ComparisonNotices } from './comparison-notices'
import { ComparisonProgress } from './comparison-progress'
import { FocusBar } from './focus-bar'
import { LayoutControls } from './layout/layout-controls'
import { NavigationBar } from './navigation/navigation-bar'
import type { useReadingNavigation } from './navigation/use-reading-navigation'

interface ComparisonToolbarProps {
  comparison: Comparison
  labels: [string, string]
  lens: Lens
  onLensChange: (lens: Lens) => void
  /** True while the comparison is recomputed for a new lens; `progress` is how far it got (0..100). */
  updating: boolean
  progress: number
  reading: ReturnType<typeof useReadingNavigation>
  /** A phone: the controls are in the compact bar, so only the progress and the notices stay here. */
  compact?: boolean
}

/** The first row from 1100px: the lens and layout on the left, the legend on the right. */
const FIRST_ROW =
  'flex flex-col gap-2 min-[1100px]:flex-row min-[1100px]:items-center min-[1100px]:justify-between'

/**
 * Above the accounts: the focus lens, layout and legend, then the divergence steps and filters, then notices.
 * On a phone only the progress of an update and the notices: the rest is in the compact bar.
 */
export function ComparisonToolbar(props: ComparisonToolbarProps) {
  const { comparison, labels, lens, onLensChange, updating, progress, reading } = props
  const { filtering, navigation, keys } = reading
  const updatingNote = updating && (
    <ComparisonProgress compact percent={progress} message="Updating…" />
  )
  if (props.compact) {
    return (
      <>
        {updatingNote}
        <ComparisonNotices comparison={comparison} labels={labels} />
      </>
    )
  }
  return (
    <div className="flex flex-col gap-2 border-y border-stone-200 py-2.5">
      <div className={FIRST_ROW}>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
          <FocusBar
            comparison={comparison}
            labels={labels}
            lens={lens}
            onLensChange={onLensChange}
          />
          {updatingNote}
          <LayoutControls />
        </div>
        <AlignmentLegend passages={comparison.segments} />
      </div>
      <NavigationBar
        onPrevious={keys.previous}
        onNext={keys.next}
        onShortcuts={keys.help}
        filters={filtering.filters}
        onFilterChange={filtering.setFilter}
        announcement={navigation.announcement}
        position={navigation.position}
      />
      <ComparisonNotices comparison={comparison} labels={labels} />
    </div>
  )
}
