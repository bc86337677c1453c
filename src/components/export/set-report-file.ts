import {
  encodeManyLink,
  MAX_SHARE_LINK_LENGTH,
  type LinkLens,
  type ManyComparison,
} from '../../core'
import { manyReportToHtml, manyReportToMarkdown, type ManyReport } from '../../core/report'
import type { AccountSet } from '../../data/account-set'
import { manyLinkStateOf } from '../../data/set-link'
import { shareUrl } from '../../lib/page-address'
import { reportFileName } from './build-report'
import type { ReportFormat } from './report-file'

const FORMATS = {
  md: { type: 'text/markdown;charset=utf-8', build: manyReportToMarkdown },
  html: { type: 'text/html;charset=utf-8', build: manyReportToHtml },
} as const

/** One link to the whole set (it carries every text, so one, not one per claim), when it fits. */
async function linkTo(set: AccountSet, lens: LinkLens): Promise<string | undefined> {
  try {
    const fragment = await encodeManyLink(manyLinkStateOf(set, lens, []))
    return fragment.length <= MAX_SHARE_LINK_LENGTH ? shareUrl(fragment) : undefined
  } catch {
    // A report without a link is still a report.
    return undefined
  }
}

/** The report file of a set on screen: the sources, the claims table, the accounts' texts. */
export async function setReportFile(
  format: ReportFormat,
  set: AccountSet,
  comparison: ManyComparison,
  lens: LinkLens,
  today = new Date(),
) {
  const link = await linkTo(set, lens)
  const report: ManyReport = {
    title: set.title,
    ...(set.date ? { date: set.date } : {}),
    accounts: set.accounts,
    comparison,
    ...(link ? { link } : {}),
    generated: today.toISOString().slice(0, 10),
  }
  const { build, type } = FORMATS[format]
  return { name: reportFileName(set.title, format), text: build(report), type }
}
