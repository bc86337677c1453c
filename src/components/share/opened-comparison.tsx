import type { OpenedComparison } from '../../data/open-link'
import { ComparisonView } from '../comparison-view'
import { LinkProblems } from './link-problems'
import { PermalinkHighlightsProvider } from './permalink-highlights'

/** A comparison opened from a link or a file: its lens, its highlighted passages, and what went wrong. */
export function OpenedComparisonView({ opened }: { opened: OpenedComparison }) {
  return (
    <PermalinkHighlightsProvider spans={opened.highlights}>
      <ComparisonView
        pair={opened.pair}
        initialLens={opened.lens}
        initialCorrections={opened.corrections}
        notice={<LinkProblems problems={opened.problems} />}
      />
    </PermalinkHighlightsProvider>
  )
}
