import { useId } from 'react'
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
  const name = useId()
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5 font-sans text-sm">
      <fieldset className="segmented">
        <legend className="sr-only">Layout</legend>
        {LAYOUTS.map(([value, label]) => (
          <label key={value} className="segmented-option">
            <input
              type="radio"
              name={name}
              value={value}
              checked={layout === value}
              onChange={() => setPaneLayout(value)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      {layout === 'side-by-side' && (
        <label
          className={`flex items-center gap-1.5 text-stone-700 ${syncScrollEverywhere ? '' : 'max-[899px]:hidden'}`}
        >
          <input
            type="checkbox"
            checked={syncScroll}
            onChange={(event) => setSyncScroll(event.target.checked)}
            className="size-4 accent-sky-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-800"
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
