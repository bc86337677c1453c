import { describe, expect, it } from 'vitest'
import { normalizeForMatch, scorePair } from '../../../scripts/lib/eval-score'
import { comparison, div, seg } from './fake-comparison'

const a = [seg('a', 0, 'Putin said Russia won’t back down.'), seg('a', 1, 'They discussed trade.')]
const b = [seg('b', 0, 'Trump said  “we   made PROGRESS.”'), seg('b', 1, 'Other.')]
const gold = {
  kind: 'contradicts',
  topic: 'Progress',
  a: ["won't back down"],
  b: ['"we made progress'],
}

describe('normalizeForMatch', () => {
  it('straightens quotes, lower-cases and collapses whitespace', () => {
    expect(normalizeForMatch(' Won’t  “Go”\n')).toBe('won\'t "go"')
  })
})

describe('scorePair', () => {
  it('finds a gold divergence cited on both sides by one of the top five', () => {
    const [r] = scorePair(
      comparison(a, b, [div({ a: ['a1'], b: [] }), div({ a: ['a0'], b: ['b0'] })]),
      [gold],
    )
    expect(r).toMatchObject({ found: true, rank: 2, passages: { a: ['a0'], b: ['b0'] } })
  })

  it('misses when only one side is cited, or a side cites more than three passages', () => {
    const oneSide = comparison(a, b, [div({ a: ['a0'], b: [] })])
    expect(scorePair(oneSide, [gold])[0]?.found).toBe(false)
    const wide = comparison(a, b, [div({ a: ['a0'], b: ['b0', 'b1', 'b2', 'b3'] })])
    expect(scorePair(wide, [gold])[0]?.found).toBe(false)
  })

  it('only looks at the top five', () => {
    const filler = Array.from({ length: 5 }, () => div({ a: ['a1'], b: ['b1'] }))
    const late = comparison(a, b, [...filler, div({ a: ['a0'], b: ['b0'] })])
    expect(scorePair(late, [gold])[0]?.found).toBe(false)
  })

  it('checks only the sides the gold names', () => {
    const onlyA = { ...gold, kind: 'only-a', b: [] }
    expect(scorePair(comparison(a, b, [div({ a: ['a0'], b: [] })]), [onlyA])[0]?.found).toBe(true)
  })
})
