import type { AlignmentEdits, Comparison, LinkLens } from '../core'
import type { AccountPair } from '../data/pair'
import { EmbedButton } from './embed/embed-button'
import { DownloadReport } from './export/download-report'

export interface ComparisonActionsProps {
  pair: AccountPair
  comparison: Comparison
  lens: LinkLens
  edits?: AlignmentEdits
}

/** What takes the comparison elsewhere: the report, and the code to embed it in another page. */
export function ComparisonActions({ pair, comparison, lens, edits }: ComparisonActionsProps) {
  return (
    <>
      <DownloadReport pair={pair} comparison={comparison} lens={lens} edits={edits} />
      <EmbedButton pair={pair} lens={lens} edits={edits} />
    </>
  )
}
