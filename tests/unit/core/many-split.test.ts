import { describe, expect, it } from 'vitest'
import { compareMany } from '../../../src/core'

// Three accounts of one port strike, written for this test: two say the same words, the third says them
// with a "no", so the third stands against the other two on that claim.
const port = {
  label: 'Port authority',
  text: 'The dockers met the port authority in Rotterdam on Tuesday.\n\nNegotiations will continue on Friday.',
}
const union = {
  label: 'Dockers union',
  text: 'Union leaders met port officials in Rotterdam on Tuesday.\n\nNegotiations will continue on Friday.',
}
const city = {
  label: 'City hall',
  text: 'The mayor spoke to both sides in Rotterdam on Tuesday.\n\nNo negotiations are planned for Friday.',
}

describe('compareMany splits', () => {
  it('reads two alike and a third that negates them as a split, naming the odd one', () => {
    const c = compareMany([port, union, city])
    const split = c.divergences.find((d) => d.kind === 'split')
    expect(split).toBeDefined()
    expect(split!.against).toEqual(['c'])
    expect(Object.keys(split!.passages).sort()).toEqual(['a', 'b', 'c'])
    expect(split!.reason.replace(/[\u2066-\u2069]/g, '')).toMatch(
      /Port authority and Dockers union tell it alike; City hall otherwise/,
    )
  })
})

describe('compareMany quotes', () => {
  it('quotes each account by its passage that carries the claim, not the first it has in the row', () => {
    const c = compareMany([
      {
        label: 'Port',
        text: 'The port authority and the union met at the Rotterdam port on Tuesday to talk about a truce at the port.\n\nA truce was agreed.',
      },
      {
        label: 'Union',
        text: 'The union agreed on a truce with the port authority at the Rotterdam port on Tuesday.',
      },
      {
        label: 'City',
        text: 'No truce was agreed at the Rotterdam port on Tuesday, the mayor said.',
      },
    ])
    const row = c.clusters.find((cl) => cl.stances.some((s) => s.passages.length > 1))!
    expect(row.stances.find((s) => s.account === 'a')!.quote).toBe('A truce was agreed')
  })
})
