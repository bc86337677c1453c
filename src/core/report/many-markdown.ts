/**
 * The report of a comparison of three to five accounts as Markdown: what was compared and from where,
 * then the "Claims by account" table (claims-table.ts). Every field the reader gave is escaped inert.
 */
import type { ManyComparison } from '../many/types'
import { claimsTableLines } from './claims-table'
import { markdownText, reportUrl } from './escape'
import { sourceLine } from './markdown'
import type { ReportAccount } from './types'

/** What a downloadable report of many accounts holds. */
export interface ManyReport {
  title: string
  /** ISO date (YYYY-MM-DD) of the event. */
  date?: string
  /** In the comparison's order. */
  accounts: ReportAccount[]
  comparison: ManyComparison
  /** A link that opens the whole comparison in Parallax, when one could be made. */
  link?: string
  generated?: string
}

const text = markdownText

export function manyReportToMarkdown(report: ManyReport): string {
  const { comparison } = report
  const lines = [`# ${text(report.title)}`, '']
  if (report.date) lines.push(`Date: ${text(report.date)}`, '')
  lines.push('## Sources', '', ...report.accounts.map(sourceLine), '')
  if (comparison.focusLabel) lines.push(`Focus: ${text(comparison.focusLabel)}`, '')
  const link = reportUrl(report.link)
  if (link) lines.push(`[Open this comparison in Parallax](<${link}>)`, '')
  lines.push(`## Claims by account (${comparison.divergences.length})`, '')
  if (comparison.divergences.length === 0) lines.push('No divergences found.', '')
  else lines.push(...claimsTableLines(comparison), '')
  if (report.generated) {
    lines.push('---', '', `Report made with Parallax on ${text(report.generated)}.`)
  }
  return lines.join('\n').trimEnd() + '\n'
}
