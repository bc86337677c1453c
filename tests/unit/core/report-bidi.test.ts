import { describe, expect, it } from 'vitest'
import { compareAccounts } from '../../../src/core'
import { divergencesToMarkdown, reportToHtml, reportToMarkdown } from '../../../src/core/report'
import { sampleReport } from './report-fixtures'

// A right-to-left override in a label reverses the rest of its line in whatever shows the report.
// In plain text (Markdown, the HTML title) a label sits between FSI and PDI; in HTML in a <bdi>.
const KREMLIN = '\u202EKremlin'
const WHITE_HOUSE = 'White House'
const FSI = '\u2068'
const PDI = '\u2069'

function hostileReport() {
  const report = sampleReport()
  report.a = { ...report.a, label: KREMLIN, speaker: '\u202EPeskov' }
  report.b = { ...report.b, label: WHITE_HOUSE, source: '\u202Ewhitehouse.gov' }
  return report
}

/** Each place `word` appears in plain text, with the character before and after it. */
function surroundings(text: string, word: string): string[] {
  const found: string[] = []
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    found.push(text.slice(at - 1, at) + '…' + text.slice(at + word.length, at + word.length + 1))
  }
  return found
}

describe('labels with bidi controls in reports', () => {
  it('sit between FSI and PDI everywhere the Markdown report names them', () => {
    const md = reportToMarkdown(hostileReport())
    const kremlin = surroundings(md, KREMLIN)
    expect(kremlin.length).toBeGreaterThan(2)
    expect(new Set(kremlin)).toEqual(new Set([`${FSI}…${PDI}`]))
    expect(new Set(surroundings(md, WHITE_HOUSE))).toEqual(new Set([`${FSI}…${PDI}`]))
    expect(new Set(surroundings(md, '\u202EPeskov'))).toEqual(new Set([`${FSI}…${PDI}`]))
    expect(new Set(surroundings(md, '\u202Ewhitehouse.gov'))).toEqual(new Set([`${FSI}…${PDI}`]))
  })

  it('sit between FSI and PDI in the divergences-only Markdown (the CLI’s)', () => {
    const report = hostileReport()
    const md = divergencesToMarkdown(report.comparison, { a: KREMLIN, b: WHITE_HOUSE })
    expect(md.split('\n')[0]).toBe(`# ${FSI}${KREMLIN}${PDI} vs ${FSI}${WHITE_HOUSE}${PDI}`)
    expect(new Set(surroundings(md, KREMLIN))).toEqual(new Set([`${FSI}…${PDI}`]))
  })

  it('sit in a <bdi> of their own in every sentence of the HTML report', () => {
    const doc = new DOMParser().parseFromString(reportToHtml(hostileReport()), 'text/html')
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT)
    const loose: string[] = []
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue ?? ''
      if (!text.includes('Kremlin') && !text.includes('White House')) continue
      const parent = node.parentElement!
      if (parent.closest('.cue')) continue // visually hidden: only screen readers get it
      const own =
        (parent.tagName === 'BDI' || parent.hasAttribute('dir')) && parent.textContent === text
      if (!own) loose.push(parent.textContent ?? '')
    }
    expect(loose).toEqual([])
    const kinds = [...doc.querySelectorAll('.kind')].map((kind) => kind.innerHTML)
    expect(kinds).toEqual(['contradicts', 'only in <bdi>\u202EKremlin</bdi>'])
    expect(doc.title).toBe(`${FSI}Putin–Trump call${PDI} — Parallax report`)
  })

  it('drop a stray PDI and close what a label leaves open, so it cannot leak out', () => {
    const report = sampleReport()
    report.a = { ...report.a, label: `${PDI}\u202EOut` }
    report.b = { ...report.b, label: '\u2067Open' }
    report.comparison.focusLabel = '\u2067Open'
    const md = reportToMarkdown(report)
    expect(md).toContain(`**${FSI}\u202EOut${PDI}:**`)
    expect(md).toContain(`**${FSI}\u2067Open${PDI}${PDI}:**`)
    const html = reportToHtml(report)
    expect(html).toContain('<bdi>\u202EOut</bdi>')
    expect(html).toContain(`Focus: <bdi>\u2067Open${PDI}</bdi>`)
  })

  it('keeps each of the reader’s keywords apart in the lens name', () => {
    const comparison = compareAccounts(
      { label: 'A', text: 'The fishing quota was raised.' },
      { label: 'B', text: 'The quota stayed.' },
      { focus: 'custom', keywords: ['\u202Efishing', 'quota'] },
    )
    expect(comparison.focusLabel).toBe(`Your lens: ${FSI}\u202Efishing${PDI}, ${FSI}quota${PDI}`)
  })
})
