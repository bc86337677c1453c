import type { ManyDivergenceKind } from '../../core'
import type { ClaimRow } from './claim-rows'

/** Which rows the table shows: all, or those of one kind; all topics, or only the focus. */
export interface ClaimFilters {
  kind: ManyDivergenceKind | 'all'
  onlyFocus: boolean
}

export const NO_CLAIM_FILTERS: ClaimFilters = { kind: 'all', onlyFocus: false }

export function filterRows(rows: readonly ClaimRow[], filters: ClaimFilters): ClaimRow[] {
  return rows.filter(
    ({ divergence: d }) =>
      (filters.kind === 'all' || d.kind === filters.kind) && (!filters.onlyFocus || d.focus),
  )
}
