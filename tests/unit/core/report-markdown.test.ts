import { describe, expect, it } from 'vitest'
import { reportToMarkdown } from '../../../src/core/report'
import payloads from '../../fixtures/hostile-inputs.json'
import { KREMLIN, TRUMP, sampleReport } from './report-fixtures'

/** A label or source as the report writes it in a sentence: in an isolate of its own (FSI … PDI). */
const iso = (label: string) => `\u2068${label}\u2069`

describe('reportToMarkdown', () => {
  it('gives title, date, sources, focus and the comparison link before the divergences', () => {
    const md = reportToMarkdown(sampleReport())
    const order = [
      '# Putin–Trump call',
      'Date: 2025-07-03',
      `- **${iso(KREMLIN)}**: ${iso('kremlin.ru')} · <http://en.kremlin.ru/events/77387>`,
      `- **${iso(TRUMP)}**: ${iso('Donald Trump')}`,
      'Focus: Ukraine — progress',
      '[Open this comparison in Parallax](<https://parallax.example/#b1.whole>)',
      '## Divergences (2)',
    ].map((line) => md.indexOf(line))
    expect(
      order.every((at) => at >= 0),
      md,
    ).toBe(true)
    expect(order).toEqual([...order].sort((x, y) => x - y))
  })

  it('lists every divergence with topic, kind, summary, both sides quoted verbatim and its link', () => {
    const md = reportToMarkdown(sampleReport())
    expect(md).toContain(
      '### 1. Ukraine — progress — contradicts\n\nSearch for a solution vs no progress.',
    )
    expect(md).toContain(`**${iso(KREMLIN)}:**\n\n> Putin noted the search for a solution.`)
    expect(md).toContain(`**${iso(TRUMP)}:**\n\n> No, I didn’t make any progress with him today.`)
    expect(md).toContain('[Open these passages in Parallax](<https://parallax.example/#b1.d1>)')
    expect(md).toContain(`### 2. Greetings — only in ${iso(KREMLIN)}`)
    expect(md).toContain(`**${iso(TRUMP)}:** _says nothing on this._`)
    // d2 has no link of its own: only the one link above, not a dangling one.
    expect(md.match(/Open these passages/g)).toHaveLength(1)
  })

  it('keeps the passages of one side apart, each its own quoted paragraph', () => {
    const report = sampleReport()
    report.comparison.divergences[0] = { ...report.comparison.divergences[0]!, a: ['a0', 'a1'] }
    expect(reportToMarkdown(report)).toContain(
      `**${iso(KREMLIN)}:**\n\n> Putin noted the search for a solution.\n>\n> He greeted Trump on Independence Day.\n\n`,
    )
  })

  it('escapes Markdown and HTML in hostile texts, labels and titles', () => {
    const hostile = '<script>alert(1)</script> [click](javascript:alert(1)) *bold*'
    const report = sampleReport({ title: hostile })
    report.a = { ...report.a, label: hostile }
    report.comparison.segments.a[0] = { ...report.comparison.segments.a[0]!, text: hostile }
    const md = reportToMarkdown(report)
    expect(md).not.toMatch(/(^|[^\\])<script/)
    expect(md).not.toMatch(/(^|[^\\])\[click\]/)
    expect(md).toContain(
      '\\<script\\>alert(1)\\</script\\> \\[click\\](javascript:alert(1)) \\*bold\\*',
    )
  })

  it('links only http(s) source URLs; anything else is shown as code', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:x',
      'ftp://x.example/',
    ]) {
      const report = sampleReport()
      report.a = { ...report.a, url }
      const md = reportToMarkdown(report)
      expect(md).not.toContain(`<${url}>`)
      expect(md).not.toContain(`](${url}`)
      expect(md).toContain(`\`${url}\``)
    }
  })

  it('never lets a hostile payload break out of its quote line', () => {
    for (const payload of payloads.payloads) {
      const report = sampleReport()
      report.comparison.segments.b[0] = {
        ...report.comparison.segments.b[0]!,
        text: `x\n\n# ${payload}`,
      }
      const md = reportToMarkdown(report)
      expect(md).not.toMatch(/^# .*alert/m)
      expect(md).not.toMatch(/(^|[^\\])<(script|img|svg|iframe)/i)
    }
  })
})
