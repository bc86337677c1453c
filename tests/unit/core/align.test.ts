import { describe, expect, it } from 'vitest'
import { alignPassages, findMoved, type AlignInput, type Pairing } from '../../../src/core/align'

const input = (terms: string, topics: string[] = []): AlignInput => ({
  terms: terms.split(' '),
  topics,
  lensClaims: [],
  subjects: [],
})

describe('alignPassages', () => {
  const a = [
    input('grain corridor odesa port'),
    input('prisoner exchange detainees'),
    input('weather sunny'),
  ]
  const b = [
    input('prisoner exchange detainees agreed'),
    input('odesa grain corridor extended'),
    input('football match'),
  ]

  it('pairs passages by their words, in any order, one to one', () => {
    const primaries = alignPassages(a, b).filter((p) => p.primary)
    expect(primaries.map((p) => [p.a, p.b]).sort()).toEqual([
      [0, 1],
      [1, 0],
    ])
  })

  it('joins a passage to the match that took its best partner, not to a far weaker one', () => {
    const pairs = alignPassages(
      [
        input('border peace tranquility neighbours define'),
        input('border peace tranquility areas successful'),
      ],
      [
        input('border peace tranquility neighbours define issue'),
        input('successful meeting kazan'),
      ],
    )
    // "successful" alone would pair the second passages; the second one's border words are the story.
    expect(pairs.map((p) => [p.a, p.b, p.primary])).toEqual([
      [0, 0, true],
      [1, 0, false],
    ])
  })

  it('leaves passages that share no word alone', () => {
    const pairs = alignPassages(a, b)
    expect(pairs.some((p) => p.a === 2 || p.b === 2)).toBe(false)
  })

  it('lets a topic strengthen words, never stand in for them', () => {
    const withTopic = alignPassages([input('alpha', ['trade'])], [input('beta', ['trade'])])
    expect(withTopic).toEqual([])
  })

  it('follows the reader: a linked pair first, an unlinked pair never', () => {
    const reader = { linked: [[2, 2]] as const, unlinked: [[0, 1]] as const }
    const pairs = alignPassages(a, b, {}, reader)
    expect(pairs.find((p) => p.a === 2 && p.b === 2)).toMatchObject({
      byReader: true,
      primary: true,
    })
    expect(pairs.some((p) => p.a === 0 && p.b === 1)).toBe(false)
  })

  it('hangs a passage left over off the match it answers best', () => {
    const left = [input('grain corridor odesa'), input('grain corridor extended odesa')]
    const right = [input('grain corridor odesa extended')]
    const pairs = alignPassages(left, right)
    expect(pairs.filter((p) => p.primary)).toHaveLength(1)
    expect(pairs.filter((p) => !p.primary)).toHaveLength(1)
  })
})

describe('findMoved', () => {
  const pair = (a: number, b: number): Pairing => ({
    a,
    b,
    score: 1,
    cosine: 1,
    primary: true,
    byReader: false,
  })

  it('marks the pairs off the longest run both accounts share in order', () => {
    const pairs = [pair(0, 0), pair(1, 3), pair(2, 1), pair(3, 2)]
    expect([...findMoved(pairs)]).toEqual([pairs[1]])
  })

  it('marks nothing when the accounts keep one order', () => {
    expect(findMoved([pair(0, 0), pair(1, 1), pair(2, 2)]).size).toBe(0)
  })

  it('ignores secondary pairs', () => {
    const secondary = { ...pair(0, 5), primary: false }
    expect(findMoved([pair(0, 0), pair(1, 1), secondary]).size).toBe(0)
  })
})
