import { describe, expect, it, vi } from 'vitest'
import { htmlToText } from '../../../src/lib/html-to-text'

describe('htmlToText', () => {
  it('keeps paragraphs as blank-line breaks and line breaks as newlines', () => {
    const html =
      '<h1>Readout</h1><p>The leaders spoke.<br>For an hour.</p><div><p>They agreed.</p></div>'
    expect(htmlToText(html)).toBe('Readout\n\nThe leaders spoke.\nFor an hour.\n\nThey agreed.')
  })

  it('drops scripts, styles, templates, noscript and the head', () => {
    const html =
      '<head><title>Page</title><style>p{color:red}</style></head><body>' +
      '<script>alert(1)</script><p>Kept.</p><template><p>Not shown</p></template>' +
      '<noscript>Enable JS</noscript><p hidden>Hidden</p></body>'
    expect(htmlToText(html)).toBe('Kept.')
  })

  it('decodes entities and collapses the source’s whitespace', () => {
    expect(htmlToText('<p>Tom &amp; Jerry&nbsp;said   &ldquo;no&rdquo;\n  &#x1F600;</p>')).toBe(
      'Tom & Jerry said “no” 😀',
    )
  })

  it('puts list items on their own paragraphs and table rows on their own lines', () => {
    expect(htmlToText('<ul><li>One</li><li>Two</li></ul>')).toBe('One\n\nTwo')
    expect(htmlToText('<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>')).toBe(
      'a\tb\n\nc',
    )
  })

  it('keeps the lines of preformatted text', () => {
    expect(htmlToText('<pre>line one\nline two</pre>')).toBe('line one\nline two')
  })

  it('never runs what it parses', () => {
    let ran = false
    ;(window as unknown as { mark: () => void }).mark = () => (ran = true)
    htmlToText('<img src="x" onerror="mark()"><script>mark()</script><p>ok</p>')
    expect(ran).toBe(false)
  })

  it('reads 200,000 nested elements in linear time, whatever the depth', () => {
    const depth = 200_000
    const html = '<p>Before.</p>' + '<div>'.repeat(depth) + 'Deep.' + '</div>'.repeat(depth)
    const started = performance.now()
    expect(htmlToText(html)).toBe('Before.\n\nDeep.')
    expect(performance.now() - started).toBeLessThan(3000)
  })

  it('ends a hidden element where HTML ends it, also without its end tag', () => {
    expect(htmlToText('<ul><li hidden>Gone<li>Shown</ul>')).toBe('Shown')
    expect(htmlToText('<p hidden>Gone<div>Shown</div>')).toBe('Shown')
    expect(htmlToText('<div hidden><div>Gone</div>Gone</div><p>Shown</p>')).toBe('Shown')
    expect(htmlToText('<svg><svg/><text>Gone</text></svg><svg/>Shown')).toBe('Shown')
  })

  it('builds no document, so the page is never asked about inline handlers or styles', () => {
    const parse = vi.spyOn(DOMParser.prototype, 'parseFromString')
    expect(htmlToText('<p style="color:red" onclick="x()">Text</p>')).toBe('Text')
    expect(parse).not.toHaveBeenCalled()
  })
})
