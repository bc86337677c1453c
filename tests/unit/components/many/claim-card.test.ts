import { describe, expect, it } from 'vitest'
import { compareMany } from '../../../../src/core'
import type { AccountSet } from '../../../../src/data/account-set'
import { claimCard, claimQuoteSpans } from '../../../../src/components/many/claim-card'
import { claimRows, passagesById } from '../../../../src/components/many/claim-rows'
import { COUNCIL, MEDIATORS, MINISTRY, THREE_ACCOUNTS } from '../../../fixtures/three-accounts'

const comparison = compareMany(THREE_ACCOUNTS)
const set: AccountSet = {
  id: 'doha',
  title: 'Talks in Doha',
  accounts: THREE_ACCOUNTS.map((a) => ({ ...a, speaker: '', source: '' })),
}
const labels = new Map(comparison.accounts.map((a) => [a.key, a.label]))
const byId = passagesById(comparison)
const clash = claimRows(comparison).find((r) =>
  r.cells.some((c) => c.stance?.quote.includes('No agreement was reached')),
)!

describe('a claim row as a quote card', () => {
  it('spans each account’s quote inside its passage, and none for an account that says nothing', () => {
    const spans = claimQuoteSpans(clash, set, byId)
    expect(spans.map((s) => s.side)).toEqual(['a', 'b'])
    for (const span of spans) {
      const cell = clash.cells.find((c) => c.account === span.side)!
      const text = THREE_ACCOUNTS[['a', 'b', 'c'].indexOf(span.side)]!.text
      expect(text.slice(span.start, span.end)).toBe(cell.stance!.quote)
    }
  })

  it('has a column per account, the silent one saying so, and the row’s kind and reason', () => {
    const spans = claimQuoteSpans(clash, set, byId)
    const card = claimCard(clash, set, labels, spans, 'https://example.test/#m1.x.e')
    expect(card.columns.map((c) => c.label)).toEqual([MINISTRY, COUNCIL, MEDIATORS])
    expect(card.columns[1]!.passages.join(' ')).toContain('No agreement was reached')
    expect(card.columns[2]).toMatchObject({ passages: [], silent: 'Says nothing on this.' })
    expect(card).toMatchObject({ title: 'Talks in Doha', kind: 'Clash', tone: 'contradicts' })
    expect(card.reason).toBe(clash.divergence.reason)
  })
})
