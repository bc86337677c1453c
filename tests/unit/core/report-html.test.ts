import { describe, expect, it } from 'vitest'
import { reportToHtml } from '../../../src/core/report'
import payloads from '../../fixtures/hostile-inputs.json'
import { KREMLIN, TRUMP, sampleReport } from './report-fixtures'

/** What an HTML parser makes of text: CR and CRLF become LF, NUL becomes U+FFFD. */
const asParsed = (text: string) => text.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD')

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html')

/** Anything in a document that could run or fetch: scripts, handlers, frames, non-http(s) links. */
function activeParts(doc: Document): string[] {
  const found: string[] = []
  for (const el of doc.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase()
    if (
      ['script', 'iframe', 'object', 'embed', 'img', 'svg', 'link', 'base', 'form'].includes(tag)
    ) {
      found.push(tag)
    }
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) found.push(`${tag}[${attr.name}]`)
      if (attr.name === 'href' && !/^(https?:|#)/.test(attr.value)) found.push(`href=${attr.value}`)
      if (attr.name === 'src') found.push(`${tag}[src]`)
    }
  }
  return found
}

describe('reportToHtml', () => {
  it('is one document with inline CSS, a CSP that allows nothing else, and no scripts', () => {
    const doc = parse(reportToHtml(sampleReport()))
    expect(doc.querySelector('style')?.textContent).toContain('.passage')
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')
    expect(csp?.getAttribute('content')).toContain("default-src 'none'")
    expect(activeParts(doc)).toEqual([])
  })

  it('shows both accounts whole, passages marked by alignment with words that say it', () => {
    const report = sampleReport()
    const doc = parse(reportToHtml(report))
    const kremlin = doc.querySelector(`section.account[aria-label="${KREMLIN}"] .account-text`)
    const trump = doc.querySelector(`section.account[aria-label="${TRUMP}"] .account-text`)
    const withoutCues = (el: Element | null): string | null => {
      const copy = el!.cloneNode(true) as Element
      copy.querySelectorAll('.cue, .badge').forEach((cue) => cue.remove())
      return copy.textContent
    }
    // Paragraph by paragraph: the blank line between them becomes the paragraph break.
    expect([...kremlin!.querySelectorAll('p')].map(withoutCues)).toEqual(
      report.a.text.split('\n\n'),
    )
    expect(withoutCues(trump)).toBe(report.b.text)
    const a0 = doc.getElementById('a0')!
    expect(a0.dataset.alignment).toBe('contradicts')
    expect(a0.querySelector('.cue')?.textContent).toContain(`contradicts ${TRUMP}`)
    expect(a0.querySelector('.badge')?.textContent).toBe('≠')
    expect(doc.getElementById('a1')?.querySelector('.cue')?.textContent).toContain(
      `only in ${KREMLIN}`,
    )
    expect(doc.querySelector('#b0 mark.changed')?.textContent).toBe(report.b.text.slice(20, 32))
  })

  it('lists the divergences with kind, summary, quotes under the account labels, and links', () => {
    const doc = parse(reportToHtml(sampleReport()))
    const items = [...doc.querySelectorAll('ol.divergences > li')]
    expect(items).toHaveLength(2)
    expect(items[0]!.querySelector('.kind')?.textContent).toBe('contradicts')
    expect(items[0]!.textContent).toContain('Search for a solution vs no progress.')
    expect(items[0]!.querySelector('blockquote a[href="#b0"]')?.textContent).toContain(
      'any progress',
    )
    expect(items[0]!.querySelector('a[href^="https://parallax.example/#b1.d1"]')).not.toBeNull()
    expect(items[1]!.querySelector('.kind')?.textContent).toBe(`only in ${KREMLIN}`)
    expect(items[1]!.querySelector('.silent')?.textContent).toBe('Says nothing on this.')
    expect(doc.querySelector('header a')?.getAttribute('href')).toBe(
      'https://parallax.example/#b1.whole',
    )
  })

  it('turns every hostile payload into text, in account text, labels, title and source URL', () => {
    for (const payload of payloads.payloads) {
      const report = sampleReport({ title: payload })
      report.a = { ...report.a, label: payload, text: payload, url: payload }
      report.comparison.segments.a = []
      report.comparison.divergences = []
      const doc = parse(reportToHtml(report))
      expect(activeParts(doc), payload).toEqual([])
      expect(doc.querySelector('h1')?.textContent).toBe(asParsed(payload))
      expect(doc.querySelector('section.account .account-text')?.textContent).toBe(
        asParsed(payload),
      )
    }
  })

  it('links the source URL only when it is http(s)', () => {
    const linked = parse(reportToHtml(sampleReport()))
    expect(linked.querySelector('dl a')?.getAttribute('href')).toBe(
      'http://en.kremlin.ru/events/77387',
    )
    const report = sampleReport()
    report.a = { ...report.a, url: 'javascript:alert(1)' }
    const doc = parse(reportToHtml(report))
    expect(doc.querySelector('dl a')).toBeNull()
    expect(doc.querySelector('dl')?.textContent).toContain('javascript:alert(1)')
  })
})
