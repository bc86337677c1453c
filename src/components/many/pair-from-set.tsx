import { useMemo } from 'react'
import type { AccountKey, ManyComparison } from '../../core'
import { pairOfSet, type AccountSet } from '../../data/account-set'
import type { Lens } from '../../hooks/use-comparison'
import type { TextSpan } from '../../lib/selection-offsets'
import type { HeaderLink } from '../comparison-header'
import { ComparisonView } from '../comparison-view'
import { PermalinkHighlightsProvider } from '../share/permalink-highlights'
import { ClaimStances } from './claim-stances'
import { passagesById, rowSpans, type ClaimRow } from './claim-rows'

interface PairFromSetProps {
  set: AccountSet
  comparison: ManyComparison
  row: ClaimRow
  x: AccountKey
  y: AccountKey
  lens: Lens
  headerLink: HeaderLink
  onBack: () => void
}

/**
 * Two accounts of a set side by side: the pair's own view, with the row's passages in those two
 * highlighted, and the other accounts' stances on the claim above it, one click from the table.
 */
export function PairFromSet(props: PairFromSetProps) {
  const { set, comparison, row, x, y, lens } = props
  const pair = useMemo(() => pairOfSet(set, x, y), [set, x, y])
  // The pair's first account is `x`, its second `y`: their spans are the pair's sides a and b.
  const spans = useMemo(
    () =>
      rowSpans(row, passagesById(comparison), [x, y]).map((span): TextSpan => ({
        ...span,
        side: span.side === x ? 'a' : 'b',
      })),
    [comparison, row, x, y],
  )
  return (
    <PermalinkHighlightsProvider spans={spans}>
      <ComparisonView
        pair={pair}
        headerLink={props.headerLink}
        initialLens={lens}
        notice={
          <ClaimStances row={row} comparison={comparison} shown={[x, y]} onBack={props.onBack} />
        }
      />
    </PermalinkHighlightsProvider>
  )
}
