import type { Comparison, Divergence, Segment } from '../../core'

/** The reader's filters: each folds away passages (and list items) that do not match it. */
export interface Filters {
  onlyFocus: boolean
  onlyDivergences: boolean
}

export const NO_FILTERS: Filters = { onlyFocus: false, onlyDivergences: false }

export const isFiltering = (filters: Filters) => filters.onlyFocus || filters.onlyDivergences

/** The divergences the list shows and j/k step through: with "only the focus topic", the lens' ones. */
export function filterDivergences(
  divergences: Divergence[],
  focus: string,
  filters: Filters,
): Divergence[] {
  return filters.onlyFocus ? divergences.filter((d) => d.topic === focus) : divergences
}

/**
 * Which passages the filters let through (both filters on: those that pass both), or null when no
 * filter is on. "Only divergences" keeps the passages any divergence names, whatever the topic filter.
 */
export function passageFilter(
  comparison: Pick<Comparison, 'divergences' | 'focus'>,
  filters: Filters,
): ((passage: Segment) => boolean) | null {
  if (!isFiltering(filters)) return null
  const { divergences, focus } = comparison
  const named = new Set(divergences.flatMap((d) => [...d.a, ...d.b]))
  return (passage) =>
    (!filters.onlyFocus || passage.topics.includes(focus)) &&
    (!filters.onlyDivergences || named.has(passage.id))
}

/** What a pane says when the filters fold all of its passages away. */
export function nothingShownMessage(filters: Filters): string {
  if (filters.onlyFocus && filters.onlyDivergences) {
    return 'No passage in this account is both on the focus topic and part of a divergence.'
  }
  if (filters.onlyFocus) return 'No passage in this account is on the focus topic.'
  return 'No passage in this account is part of a divergence.'
}
