import type { Comparison, LinkLens, ReaderCorrections } from '../core'
import type { AccountPair } from '../data/pair'
import { EmbedButton } from './embed/embed-button'
import { DownloadReport } from './export/download-report'

export interface ComparisonActionsProps {
  pair: AccountPair
  comparison: Comparison
  lens: LinkLens
  /** The reader's alignment corrections, carried by the report's and the embed's links. */
  corrections?: ReaderCorrections
}

/** What takes the comparison elsewhere: the report, and the code to embed it in another page. */
export function ComparisonActions(props: ComparisonActionsProps) {
  const { pair, comparison, lens, corrections } = props
  return (
    <>
      <DownloadReport pair={pair} comparison={comparison} lens={lens} corrections={corrections} />
      <EmbedButton pair={pair} lens={lens} corrections={corrections} />
    </>
  )
}
