import { describe, expect, it } from 'vitest'
import { divergencesToMarkdown, reportToHtml } from '../../../src/core/report'
import { compareBuiltIn, kremlin, trump } from './builtin-pair'

const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '').replace(/\\/g, '')
const labels = { a: kremlin.label, b: trump.label }

describe('reports carry why each divergence diverges, and who speaks', () => {
  const comparison = compareBuiltIn()

  it('in Markdown: the reason under each divergence, the speaker beside each side', () => {
    const md = plain(divergencesToMarkdown(comparison, labels))
    expect(md).toContain('**Why:** Opposite verdicts on the talks. Kremlin readout: “')
    expect(md).toContain("**Trump's remarks (Trump):**")
  })

  it('in HTML: the reason as its own paragraph, the speaker by the label', () => {
    const html = reportToHtml({
      title: 'Test',
      comparison,
      a: kremlin,
      b: trump,
    })
    const doc = new DOMParser().parseFromString(html, 'text/html')
    const reasons = [...doc.querySelectorAll('.divergence .reason')].map((p) =>
      plain(p.textContent ?? ''),
    )
    expect(reasons).toHaveLength(comparison.divergences.length)
    expect(reasons[0]).toMatch(/^Why: Opposite verdicts on the talks\./)
    expect(plain(doc.querySelector('.divergence .speaker')?.textContent ?? '')).toMatch(/\(\w+\)/)
  })
})
