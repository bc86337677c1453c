import { describe, expect, it } from 'vitest'
import { quoteMarkdown } from '../../../src/lib/quote-markdown'

describe('quoteMarkdown', () => {
  it('quotes each passage with its label, then the link', () => {
    const md = quoteMarkdown(
      [{ text: 'We met.\n\nWe talked.', label: 'Ministry' }],
      'https://x.test/#p1',
    )
    expect(md.split('\n')).toEqual([
      '> We met.',
      '>',
      '> We talked.',
      '>',
      '> — \u2068Ministry\u2069',
      '',
      'https://x.test/#p1',
    ])
  })

  it('keeps hostile passages and labels inert: no raw HTML, no link, no block opened', () => {
    const md = quoteMarkdown(
      [
        {
          text: '<img src=x onerror=alert(1)>\n# Title\n[click](javascript:alert(1))',
          label: '<b>x</b>',
        },
      ],
      'https://x.test/',
    )
    expect(md).not.toMatch(/(^|[^\\])<[a-z]/im)
    expect(md).not.toMatch(/(^|[^\\])\]\(javascript:/i)
    expect(md).toContain('> \\# Title')
  })
})
