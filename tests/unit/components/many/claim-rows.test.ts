import { describe, expect, it } from 'vitest'
import { compareMany } from '../../../../src/core'
import { filterRows } from '../../../../src/components/many/claim-filters'
import { claimRows, pairsOf } from '../../../../src/components/many/claim-rows'
import { describeRow, kindWords, whoAgainstWhom } from '../../../../src/components/many/claim-words'
import { COUNCIL, MEDIATORS, MINISTRY, THREE_ACCOUNTS } from '../../../fixtures/three-accounts'

const comparison = compareMany(THREE_ACCOUNTS)
const rows = claimRows(comparison)
const labels = new Map(comparison.accounts.map((a) => [a.key, a.label]))
const rowWith = (text: string) =>
  rows.find((r) => r.cells.some((c) => c.stance?.quote.includes(text)))!

describe('the rows of the claims table', () => {
  it('are one per divergence, with a cell per account: its stance, or none', () => {
    expect(rows.map((r) => r.id)).toEqual(comparison.divergences.map((d) => d.id))
    for (const row of rows) expect(row.cells.map((c) => c.account)).toEqual(['a', 'b', 'c'])
    const clash = rowWith('No agreement was reached')
    expect(clash.cells[2]!.stance).toBeNull()
  })

  it('mark who stands against whom: both sides of a clash, the odd one of a split', () => {
    const clash = rowWith('No agreement was reached')
    expect(clash.cells.map((c) => c.against)).toEqual([['b'], ['a'], []])
    expect(whoAgainstWhom(clash, labels)).toBe(`${MINISTRY} against ${COUNCIL}`)
    const split = rowWith('No talks are scheduled')
    expect(split.cells.map((c) => c.against)).toEqual([[], [], ['a', 'b']])
    expect(whoAgainstWhom(split, labels)).toBe(`${MEDIATORS} against ${MINISTRY} and ${COUNCIL}`)
    expect(whoAgainstWhom(rowWith('humanitarian corridor'), labels)).toBeNull()
  })

  it('name their kind, and what a step to them says', () => {
    expect(kindWords(rowWith('humanitarian corridor'), labels)).toBe(`Only in ${MINISTRY}`)
    const clash = rowWith('No agreement was reached')
    expect(describeRow(clash, 0, 6, labels)).toBe(
      `Claim 1 of 6: ${clash.divergence.topicLabel}, clash: ${MINISTRY} against ${COUNCIL}.`,
    )
  })

  it('offer the two that stand against each other first to read side by side', () => {
    expect(pairsOf(rowWith('No agreement was reached'))[0]).toEqual(['a', 'b'])
    const split = pairsOf(rowWith('No talks are scheduled'))
    expect(split.slice(0, 2)).toEqual([
      ['a', 'c'],
      ['b', 'c'],
    ])
    expect(split).toHaveLength(3)
  })

  it('filter by kind and by the focus', () => {
    expect(
      filterRows(rows, { kind: 'clash', onlyFocus: false }).map((r) => r.divergence.kind),
    ).toEqual(['clash'])
    const focus = filterRows(rows, { kind: 'all', onlyFocus: true })
    expect(focus.every((r) => r.divergence.focus)).toBe(true)
    expect(filterRows(rows, { kind: 'all', onlyFocus: false })).toHaveLength(rows.length)
  })
})
