import type { LinkLens, ManyComparison } from '../../core'
import type { AccountSet } from '../../data/account-set'
import { ReportMenu } from './download-report'
import type { ReportFormat } from './report-file'

/** "Download report" for a set: the claims table and the accounts, as Markdown or one HTML file. */
export function DownloadSetReport(props: {
  set: AccountSet
  comparison: ManyComparison
  lens: LinkLens
}) {
  const { set, comparison, lens } = props
  const makeFile = async (format: ReportFormat) => {
    // Loaded on first use, with a pair's report (one chunk for both).
    const { setReportFile } = await import('./report-file')
    return setReportFile(format, set, comparison, lens)
  }
  return <ReportMenu makeFile={makeFile} />
}
