import { describe, expect, it } from 'vitest'
import { compareMany } from '../../../src/core'
import { manyReportToHtml, manyReportToMarkdown } from '../../../src/core/report'
import { THREE_ACCOUNTS } from '../../fixtures/three-accounts'

const HOSTILE =
  'Ministry | <img src=x onerror=alert(1)> **bold** [x](javascript:alert(1))\n# Heading'

const accounts = THREE_ACCOUNTS.map((a, i) => (i === 0 ? { ...a, label: HOSTILE } : a))
const comparison = compareMany(accounts)
const report = {
  title: 'Doha talks',
  date: '2025-05-04',
  accounts: accounts.map((a, i) => ({
    ...a,
    ...(i === 2 ? { url: 'javascript:alert(1)' } : { url: 'https://example.org/a b' }),
  })),
  comparison,
  link: 'https://parallax.example/#m1.abc.e',
  generated: '2025-05-05',
}

describe('reports of three accounts', () => {
  it('put the claims table in the Markdown, a column per account, every field inert', () => {
    const md = manyReportToMarkdown(report)
    expect(md).toMatch(/^# Doha talks\n/)
    expect(md).toContain(`## Claims by account (${comparison.divergences.length})`)
    const header = md.split('\n').find((l) => l.startsWith('| # | Claim |'))!
    // One column per account: the hostile label's pipe is escaped, so it does not add a column.
    expect(header.split(/(?<!\\)\|/).length - 2).toBe(3 + 3 + 1)
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>')
    expect(md).toContain('\\*\\*bold\\*\\*')
    expect(md).not.toMatch(/\n# Heading/)
    expect(md).toContain('`javascript:alert(1)`')
    expect(md).toContain('[Open this comparison in Parallax](<https://parallax.example/#m1.abc.e>)')
    const rows = md.split('\n').filter((l) => /^\| \d+ \|/.test(l))
    expect(rows).toHaveLength(comparison.divergences.length)
    expect(rows.some((r) => r.includes('_says nothing_'))).toBe(true)
  })

  it('put it in the HTML as a table with column headers, and never a live tag or link from the texts', () => {
    const html = manyReportToHtml(report)
    expect(html).toContain('<caption>Claims by account</caption>')
    expect((html.match(/<th scope="col"/g) ?? []).length).toBe(2 + 3)
    expect(html).not.toContain('<img')
    expect(html).not.toContain('href="javascript:')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).toContain('class="against"')
    expect(html).toContain("default-src 'none'")
    expect(html).not.toMatch(/<script/i)
  })
})
