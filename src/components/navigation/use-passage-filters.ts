import { useCallback, useMemo, useState } from 'react'
import { segmentsById, type Comparison, type Segment } from '../../core'
import {
  filterDivergences,
  NO_FILTERS,
  nothingShownMessage,
  passageFilter,
  type Filters,
} from './passage-filters'

/**
 * The filters and the runs the reader unfolded since they last changed. Unfolded passages stay shown
 * until a filter or the comparison changes.
 */
export function usePassageFilters(comparison: Comparison) {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS)
  const [unfolded, setUnfolded] = useState(() => ({ comparison, ids: new Set<string>() }))
  const { divergences, focus } = comparison
  const unfoldedIds = unfolded.comparison === comparison ? unfolded.ids : null

  const filter = useMemo(
    () => passageFilter({ divergences, focus }, filters),
    [divergences, focus, filters],
  )
  const shown = useMemo((): ((passage: Segment) => boolean) | null => {
    if (!filter || !unfoldedIds?.size) return filter
    return (passage) => filter(passage) || unfoldedIds.has(passage.id)
  }, [filter, unfoldedIds])

  const setFilter = useCallback(
    (name: keyof Filters, on: boolean) => {
      setFilters((f) => ({ ...f, [name]: on }))
      setUnfolded({ comparison, ids: new Set() })
    },
    [comparison],
  )
  const byId = segmentsById(comparison)
  /** Shows these passages whatever the filters say; no render at all when they are shown already. */
  const unfold = useCallback(
    (ids: string[]) =>
      setUnfolded((prev) => {
        const base = prev.comparison === comparison ? prev.ids : new Set<string>()
        const folded = ids.filter((id) => {
          const passage = byId.get(id)
          return passage && filter && !filter(passage) && !base.has(id)
        })
        if (folded.length === 0) return prev
        return { comparison, ids: new Set([...base, ...folded]) }
      }),
    [comparison, byId, filter],
  )

  return {
    filters,
    setFilter,
    shown,
    unfold,
    divergences: useMemo(
      () => filterDivergences(divergences, focus, filters),
      [divergences, focus, filters],
    ),
    nothingShown: nothingShownMessage(filters),
  }
}
