import type { Comparison, Divergence, Segment } from '../../src/core'

/** Labels of the two accounts, as the reader named them. */
export interface ReportLabels {
  a: string
  b: string
}

const KIND_TEXT: Record<string, (l: ReportLabels) => string> = {
  contradicts: () => 'contradicts',
  reframed: () => 'reframed',
  'only-a': (l) => `only in ${l.a}`,
  'only-b': (l) => `only in ${l.b}`,
}

export function kindText(kind: string, labels: ReportLabels): string {
  return KIND_TEXT[kind]?.(labels) ?? kind
}

/** One line of quoted Markdown per passage; newlines inside a passage are folded to spaces. */
function quoteBlock(ids: string[], segments: Map<string, Segment>): string[] {
  return ids.flatMap((id) => {
    const seg = segments.get(id)
    return seg ? [`> ${seg.text.replace(/\s+/g, ' ').trim()}`] : []
  })
}

function sideEvidence(label: string, ids: string[], segments: Map<string, Segment>): string[] {
  const quoted = quoteBlock(ids, segments)
  if (quoted.length === 0) return [`**${label}:** _says nothing on this._`, '']
  return [`**${label}:**`, '', ...quoted, '']
}

function divergenceSection(
  d: Divergence,
  rank: number,
  labels: ReportLabels,
  segments: Map<string, Segment>,
): string[] {
  const topic = d.topicLabel || d.topic
  const lines = [`## ${rank}. ${topic} — ${kindText(d.kind, labels)}`, '']
  if (d.summary) lines.push(d.summary, '')
  lines.push(...sideEvidence(labels.a, d.a, segments), ...sideEvidence(labels.b, d.b, segments))
  return lines
}

/** The divergences of a comparison as Markdown: a heading per divergence, then each side's passages quoted. */
export function divergencesToMarkdown(comparison: Comparison, labels: ReportLabels): string {
  const segments = new Map<string, Segment>()
  for (const seg of [...comparison.segments.a, ...comparison.segments.b]) segments.set(seg.id, seg)

  const lines = [`# ${labels.a} vs ${labels.b}`, '']
  if (comparison.focusLabel) lines.push(`Focus: ${comparison.focusLabel}`, '')
  if (comparison.identical) {
    lines.push('The two accounts are identical.', '')
  } else if (comparison.divergences.length === 0) {
    lines.push('No divergences found.', '')
  }
  comparison.divergences.forEach((d, i) =>
    lines.push(...divergenceSection(d, i + 1, labels, segments)),
  )
  return lines.join('\n').trimEnd() + '\n'
}
