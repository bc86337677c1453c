/**
 * The "Claims by account" table of a comparison of several accounts as Markdown: one row per claim
 * (topic, how the accounts diverge on it), one column per account holding its words or "says nothing",
 * then why. Every cell is the reader's text, escaped and folded to one line (escape.ts).
 */
import { isolateBidi } from '../bidi-isolate'
import type { ManyComparison, ManyDivergenceKind } from '../many/types'
import { markdownText } from './escape'

export const MANY_KIND_TEXT: Record<ManyDivergenceKind, string> = {
  only: 'one account only',
  clash: 'clash',
  split: 'split',
  differs: 'told differently by all',
  silent: 'told by some only',
}

/** A table cell: inert Markdown with its pipes escaped (markdownText escapes `|` already). */
const cell = (raw: string) => isolateBidi(markdownText(raw))

export function claimsTableToMarkdown(comparison: ManyComparison): string {
  const labels = comparison.accounts.map((a) => cell(a.label))
  const lines = [
    `# Claims by account: ${labels.join(', ')}`,
    '',
    `Focus: ${markdownText(comparison.focusLabel)}`,
    '',
    ...claimsTableLines(comparison),
  ]
  return lines.join('\n') + '\n'
}

/** The table alone, one line per row (a report puts it under headings of its own). */
export function claimsTableLines(comparison: ManyComparison): string[] {
  const clusters = new Map(comparison.clusters.map((c) => [c.id, c]))
  const labels = comparison.accounts.map((a) => cell(a.label))
  const lines = [
    `| # | Claim | How they diverge | ${labels.join(' | ')} | Why |`,
    `|---:|---|---|${comparison.accounts.map(() => '---').join('|')}|---|`,
  ]
  comparison.divergences.forEach((d, i) => {
    const cluster = clusters.get(d.cluster)
    const quotes = comparison.accounts.map((a) => {
      const stance = cluster?.stances.find((s) => s.account === a.key)
      if (!stance) return '_says nothing_'
      const mark = d.against.includes(a.key) ? '**≠** ' : ''
      return `${mark}“${cell(stance.quote)}”`
    })
    lines.push(
      `| ${i + 1} | ${markdownText(d.topicLabel)} | ${MANY_KIND_TEXT[d.kind]} | ${quotes.join(' | ')} | ${cell(d.reason)} |`,
    )
  })
  return lines
}
