import { SegmentedControl } from '../ui/segmented-control'
import {
  setPaneLayout,
  setSyncScroll,
  useLayoutPreferences,
  type PaneLayout,
} from './layout-preferences'

const LAYOUTS: [PaneLayout, string][] = [
  ['side-by-side', 'Side by side'],
  ['inline', 'Inline'],
]

/**
 * The toolbar's layout choices: panes side by side or interleaved, and whether the panes scroll together.
 * Side-by-side panes scroll on their own from 900px up only; the phone's View menu still offers the
 * choice (`syncScrollEverywhere`), said to be for wider screens, since it is remembered for them.
 */
export function LayoutControls({
  syncScrollEverywhere = false,
}: {
  syncScrollEverywhere?: boolean
}) {
  const { layout, syncScroll } = useLayoutPreferences()
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5 font-sans text-sm">
      <SegmentedControl legend="Layout" options={LAYOUTS} value={layout} onChange={setPaneLayout} />
      {layout === 'side-by-side' && (
        <label
          className={`flex items-center gap-1.5 text-stone-700 ${syncScrollEverywhere ? '' : 'max-[899px]:hidden'}`}
        >
          <input
            type="checkbox"
            checked={syncScroll}
            onChange={(event) => setSyncScroll(event.target.checked)}
            className="size-4 accent-sky-700 focus-ring"
          />
          Sync scrolling
          {syncScrollEverywhere && (
            <span className="text-xs text-stone-600">(side by side, on a wider screen)</span>
          )}
        </label>
      )}
    </div>
  )
}
