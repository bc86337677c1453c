/** Reports of a comparison to take away: Markdown (the CLI's and the app's) and one self-contained HTML file. */
export { divergencesToMarkdown, reportToMarkdown } from './markdown'
export { reportToHtml } from './html'
export { kindText, type ReportLabels } from './labels'
export { escapeHtml, escapeMarkdown, reportUrl } from './escape'
export type { ComparisonReport, ReportAccount } from './types'
export { claimsTableToMarkdown, claimsTableLines, MANY_KIND_TEXT } from './claims-table'
export { manyReportToMarkdown, type ManyReport } from './many-markdown'
export { manyReportToHtml } from './many-html'
