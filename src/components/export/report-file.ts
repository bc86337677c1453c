import type { Comparison, LinkLens, ReaderCorrections } from '../../core'
import { NO_CORRECTIONS } from '../../lib/alignment-corrections'
import { reportToHtml, reportToMarkdown } from '../../core/report'
import type { AccountPair } from '../../data/pair'
import { buildReport, reportFileName } from './build-report'

export type ReportFormat = 'md' | 'html'

// A set's report is built in the same chunk: both share the escaping and the builders' parts, and a
// reader downloading either loads one file.
export { setReportFile } from './set-report-file'

const FORMATS = {
  md: { type: 'text/markdown;charset=utf-8', build: reportToMarkdown },
  html: { type: 'text/html;charset=utf-8', build: reportToHtml },
} as const

/** The report file for the comparison on screen: its name, content and media type. */
export async function reportFile(
  format: ReportFormat,
  pair: AccountPair,
  comparison: Comparison,
  lens: LinkLens,
  corrections: ReaderCorrections = NO_CORRECTIONS,
) {
  const { build, type } = FORMATS[format]
  const text = build(await buildReport(pair, comparison, lens, new Date(), corrections))
  return { name: reportFileName(pair.title, format), text, type }
}
