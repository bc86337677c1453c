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
    // Loaded on first use, as a pair's report is.
    const { setReportFile } = await import('./set-report-file')
    return setReportFile(format, set, comparison, lens)
  }
  return <ReportMenu makeFile={makeFile} />
}
