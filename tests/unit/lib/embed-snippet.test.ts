import { describe, expect, it } from 'vitest'
import { embedSnippet, embedUrl } from '../../../src/lib/embed-snippet'

describe('embed code', () => {
  it('points at embed.html beside the page, with the link fragment', () => {
    expect(embedUrl('#b1.x@1.e', 'https://news.example/tools/parallax/#/new')).toBe(
      'https://news.example/tools/parallax/embed.html#b1.x@1.e',
    )
    expect(embedUrl('#p1.abc.e', 'https://news.example/parallax/index.html')).toBe(
      'https://news.example/parallax/embed.html#p1.abc.e',
    )
  })

  it('is one iframe, sandboxed, lazy, sending no referrer', () => {
    const code = embedSnippet('https://news.example/embed.html#b1.x@1.e', 'A call')
    expect(code).toMatch(/^<iframe [^<>]*><\/iframe>$/)
    expect(code).toContain('src="https://news.example/embed.html#b1.x@1.e"')
    expect(code).toContain('title="Parallax: A call"')
    expect(code).toContain('loading="lazy"')
    expect(code).toContain('referrerpolicy="no-referrer"')
    expect(code).toContain(
      'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"',
    )
  })

  it('escapes a title the reader wrote, so it cannot break out of its attribute', () => {
    const code = embedSnippet('https://x.example/embed.html', '"><script>alert(1)</script> & co')
    expect(code).not.toContain('<script>')
    expect(code).toContain(
      'title="Parallax: &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"',
    )
    expect(code.match(/<iframe /g)).toHaveLength(1)
  })
})
