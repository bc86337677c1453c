import type { Filters } from './passage-filters'

const FILTERS: [keyof Filters, string][] = [
  ['onlyFocus', 'Only the focus topic'],
  ['onlyDivergences', 'Only divergences'],
]

/** The two filters, as checkboxes: in the toolbar on wide screens, in the View menu on a phone. */
export function FilterControls(props: {
  filters: Filters
  onFilterChange: (name: keyof Filters, on: boolean) => void
}) {
  return FILTERS.map(([name, label]) => (
    <label key={name} className="flex cursor-pointer items-center gap-1.5 text-stone-800">
      <input
        type="checkbox"
        checked={props.filters[name]}
        onChange={(event) => props.onFilterChange(name, event.target.checked)}
        className="size-4 accent-sky-800 focus-ring"
      />
      {label}
    </label>
  ))
}
