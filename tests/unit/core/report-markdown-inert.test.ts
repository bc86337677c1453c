import { describe, expect, it } from 'vitest'
import { reportToMarkdown, type ComparisonReport } from '../../../src/core/report'
import payloads from '../../fixtures/hostile-inputs.json'
import { sampleReport } from './report-fixtures'

/**
 * No CommonMark renderer is a dependency, so this reads the Markdown the way one would, just far enough
 * to find what would come alive: a code span left open at the end of a line (it could close on a later
 * line and swallow what lies between), a `<` that opens a tag or an autolink, and a link whose target is
 * not http(s). The report's own links are `<https://…>` autolinks and `[…](<https://…>)`.
 */
function liveParts(markdown: string): string[] {
  const found: string[] = []
  markdown.split('\n').forEach((line, n) => {
    const at = (what: string) => found.push(`line ${n + 1}: ${what}: ${line}`)
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!
      if (ch === '\\') {
        i++ // a backslash escape: the next character is text
      } else if (ch === '`') {
        const run = /^`+/.exec(line.slice(i))![0]
        const close = line.indexOf(run, i + run.length)
        if (close < 0) at('code span not closed on its line')
        else i = close + run.length - 1
      } else if (ch === '<') {
        const autolink = /^<https?:\/\/[^\s<>]*>/.exec(line.slice(i))
        if (autolink) i += autolink[0].length - 1
        else if (/^<[A-Za-z/!?]/.test(line.slice(i))) at('raw HTML or autolink')
      } else if (ch === ']' && line[i + 1] === '(') {
        if (!/^\]\(<?https?:\/\//.test(line.slice(i))) at('link that is not http(s)')
      }
    }
  })
  return found
}

/** The example, then each hostile payload, then more that only Markdown cares about. */
const HOSTILE = [
  'x\n\n<img src=x onerror=alert(1)>\n\n[click](javascript:alert(1))',
  ...payloads.payloads,
  '`x`\n\n<b>bold</b>',
  '```\n<script>alert(1)</script>\n```',
  'a\r\n\r\n<div onclick=alert(1)>',
  '<javascript:alert(1)>',
  '[x]: javascript:alert(1)\n\n[x]',
  '![pic](javascript:alert(1))',
  'line\u2028<img src=x onerror=alert(1)>',
  '\\<img src=x onerror=alert(1)>',
  '\\`<img src=x onerror=alert(1)>`',
]

/** One hostile value in every field the report writes. */
function everywhere(value: string): ComparisonReport {
  const report = sampleReport({ title: value, date: value, generated: value })
  report.a = { ...report.a, label: value, speaker: value, source: value, url: value }
  report.b = { ...report.b, label: value, speaker: value, source: value, url: value }
  const c = report.comparison
  c.focusLabel = `Your keywords: ${value}`
  c.segments.a = c.segments.a.map((s) => ({ ...s, text: value }))
  c.segments.b = c.segments.b.map((s) => ({ ...s, text: value }))
  c.divergences = c.divergences.map((d) => ({ ...d, topicLabel: value, summary: value }))
  return report
}

describe('reportToMarkdown with hostile values in every field', () => {
  it('writes inert Markdown: no raw HTML, no non-http link, no code span across lines', () => {
    for (const value of HOSTILE) {
      expect(liveParts(reportToMarkdown(everywhere(value))), JSON.stringify(value)).toEqual([])
    }
  })

  it('keeps every field on its own line, so none can start a heading, list or quote', () => {
    const value = 'x\n\n# Heading\n- item\n1. item\n> quote\n<div>'
    const md = reportToMarkdown(everywhere(value))
    // Only the report's own structure starts lines: headings, the sources list, quotes, the rule.
    expect(md).not.toMatch(/^(# Heading|- item|1\. item|> quote|<div>)/m)
    expect(md).not.toMatch(/^> > quote/m)
  })

  it('shows a source URL that is not http(s) as text on one line', () => {
    const report = sampleReport()
    report.a = { ...report.a, url: 'x\n\n<img src=x onerror=alert(1)>' }
    const md = reportToMarkdown(report)
    expect(liveParts(md)).toEqual([])
    expect(md).toContain('`x <img src=x onerror=alert(1)>`')
  })
})
