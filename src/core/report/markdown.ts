import { isolateBidi } from '../bidi-isolate'
import { segmentsById } from '../segments-by-id'
import type { Comparison, Divergence, Segment } from '../types'
import { markdownCode, markdownText, reportUrl } from './escape'
import { kindText, type ReportFormat, type ReportLabels } from './labels'
import type { ComparisonReport, ReportAccount } from './types'

const text = markdownText
/** A label or source in a sentence: escaped, then isolated (FSI … PDI) so its bidi controls stay in it. */
const name = (raw: string) => isolateBidi(markdownText(raw))
const MARKDOWN: ReportFormat = { words: text, name }

/**
 * One quoted line per passage (newlines inside a passage folded to spaces), with an empty quoted line
 * between passages so a renderer keeps them apart instead of running them into one paragraph.
 */
function sideEvidence(
  label: string,
  ids: string[],
  segments: Map<string, Segment>,
  speaker?: string,
): string[] {
  const quoted = ids.flatMap((id) => {
    const seg = segments.get(id)
    return seg ? [`> ${text(seg.text)}`] : []
  })
  if (quoted.length === 0) return [`**${name(label)}:** _says nothing on this._`, '']
  const who = speaker ? ` (${name(speaker)})` : ''
  return [
    `**${name(label)}${who}:**`,
    '',
    ...quoted.flatMap((q, i) => (i === 0 ? [q] : ['>', q])),
    '',
  ]
}

interface SectionOptions {
  heading: string
  labels: ReportLabels
  segments: Map<string, Segment>
  link?: string
}

function divergenceSection(d: Divergence, rank: number, options: SectionOptions): string[] {
  const { heading, labels, segments, link } = options
  const topic = text(d.topicLabel || d.topic)
  const lines = [`${heading} ${rank}. ${topic} — ${kindText(d.kind, labels, MARKDOWN)}`, '']
  if (d.summary) lines.push(text(d.summary), '')
  if (d.reason) lines.push(`**Why:** ${text(d.reason)}`, '')
  lines.push(
    ...sideEvidence(labels.a, d.a, segments, d.speakers.a),
    ...sideEvidence(labels.b, d.b, segments, d.speakers.b),
  )
  const href = reportUrl(link)
  if (href) lines.push(`[Open these passages in Parallax](<${href}>)`, '')
  return lines
}

function verdict(comparison: Comparison): string[] {
  if (comparison.identical) return ['The two accounts are identical.', '']
  if (comparison.divergences.length === 0) return ['No divergences found.', '']
  return []
}

/** The divergences of a comparison as Markdown: a heading per divergence, then each side's passages quoted. */
export function divergencesToMarkdown(comparison: Comparison, labels: ReportLabels): string {
  const segments = segmentsById(comparison)
  const lines = [`# ${name(labels.a)} vs ${name(labels.b)}`, '']
  if (comparison.focusLabel) lines.push(`Focus: ${text(comparison.focusLabel)}`, '')
  lines.push(...verdict(comparison))
  comparison.divergences.forEach((d, i) =>
    lines.push(...divergenceSection(d, i + 1, { heading: '##', labels, segments })),
  )
  return lines.join('\n').trimEnd() + '\n'
}

/** An account's line under Sources: its label, then who, where and when, and its URL. */
export function sourceLine(account: ReportAccount): string {
  const url = reportUrl(account.url)
  const parts = [account.speaker, account.source, account.date]
    .filter((part): part is string => !!part?.trim())
    .map(name)
  // Not http(s): shown as code, never as a link.
  if (url) parts.push(`<${url}>`)
  else if (account.url?.trim()) parts.push(isolateBidi(markdownCode(account.url)))
  return `- **${name(account.label)}**${parts.length > 0 ? `: ${parts.join(' · ')}` : ''}`
}

/** A whole report as Markdown: what was compared, from where, under which focus, then every divergence. */
export function reportToMarkdown(report: ComparisonReport): string {
  const { comparison, a, b } = report
  const labels = { a: a.label, b: b.label }
  const segments = segmentsById(comparison)
  const lines = [`# ${text(report.title)}`, '']
  if (report.date) lines.push(`Date: ${text(report.date)}`, '')
  lines.push('## Sources', '', sourceLine(a), sourceLine(b), '')
  if (comparison.focusLabel) lines.push(`Focus: ${text(comparison.focusLabel)}`, '')
  const link = reportUrl(report.link)
  if (link) lines.push(`[Open this comparison in Parallax](<${link}>)`, '')
  lines.push(`## Divergences (${comparison.divergences.length})`, '', ...verdict(comparison))
  comparison.divergences.forEach((d, i) =>
    lines.push(
      ...divergenceSection(d, i + 1, {
        heading: '###',
        labels,
        segments,
        link: report.divergenceLinks?.[d.id],
      }),
    ),
  )
  if (report.generated) {
    lines.push(`---`, '', `Report made with Parallax on ${text(report.generated)}.`)
  }
  return lines.join('\n').trimEnd() + '\n'
}
