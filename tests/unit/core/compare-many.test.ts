import { describe, expect, it } from 'vitest'
import { compareMany, type ManyComparison } from '../../../src/core'

// Three accounts of one round of talks, written for this test: one claim only the union makes, a
// clash on the outcome between the ministry and the union, and a split on the wage offer.
const ministry = {
  label: 'Ministry',
  text: [
    'The labour minister met union and employer delegates in Lyon on Monday.',
    'The three sides agreed on a new pension formula for mine workers.',
    'The employers offered a wage increase of four percent over two years.',
  ].join('\n\n'),
}
const employers = {
  label: 'Employers',
  text: [
    'Employer delegates met the labour minister and the union in Lyon on Monday.',
    'The employers offered a wage increase of four percent over two years.',
    'Talks on the pension formula will continue next week.',
  ].join('\n\n'),
}
const union = {
  label: 'Union',
  text: [
    'Union delegates met the labour minister and the employers in Lyon on Monday.',
    'No agreement was reached on the pension formula for mine workers.',
    'The union rejects any wage deal without a cost-of-living clause.',
    'The union will hold a strike ballot at the Carmaux pit on Friday.',
  ].join('\n\n'),
}

const textOf = (c: ManyComparison, id: string) =>
  c.accounts.flatMap((a) => a.passages).find((p) => p.id === id)?.text ?? ''
const said = (c: ManyComparison, d: ManyComparison['divergences'][number]) =>
  Object.values(d.passages)
    .flat()
    .map((id) => textOf(c, id!))
    .join(' | ')

describe('compareMany', () => {
  const c = compareMany([ministry, employers, union])

  it('keeps each account’s passages, labelled by how they stand to the others', () => {
    expect(c.accounts.map((a) => a.key)).toEqual(['a', 'b', 'c'])
    for (const [k, account] of c.accounts.entries()) {
      const text = [ministry, employers, union][k]!.text
      for (const p of account.passages) expect(text.slice(p.start, p.end)).toBe(p.text)
    }
    const met = c.accounts[2]!.passages[0]!
    expect(met.counterparts.length).toBe(2)
  })

  it('names who clashes with whom on the outcome', () => {
    const clash = c.divergences.find((d) => d.kind === 'clash' || d.kind === 'split')!
    expect(said(c, clash)).toMatch(/agreed on a new pension formula/)
    expect(said(c, clash)).toMatch(/No agreement was reached/)
    expect(clash.against).toContain('c')
    // The cluster is of the claim that weighs most, as a pair's heading reads it: an outcome.
    expect(c.clusters.find((k) => k.id === clash.cluster)?.claimKind).toBe('progress')
    expect(clash.reason.replace(/[\u2066-\u2069]/g, '')).toMatch(/Union/)
  })

  it('tells what one account alone says, and who says nothing of it', () => {
    const only = c.divergences.find(
      (d) => d.kind === 'only' && said(c, d).includes('strike ballot'),
    )!
    expect(only).toBeDefined()
    const cluster = c.clusters.find((k) => k.id === only.cluster)!
    expect(cluster.silent).toEqual(['a', 'b'])
  })

  it('puts the planted clash and the one-sided claim among the first rows', () => {
    const top = c.divergences.slice(0, 5).map((d) => said(c, d))
    expect(top.some((t) => t.includes('No agreement was reached'))).toBe(true)
    expect(top.some((t) => t.includes('strike ballot'))).toBe(true)
  })

  it('takes two to five accounts', () => {
    expect(() => compareMany([ministry])).toThrow(RangeError)
    expect(compareMany([ministry, union]).accounts).toHaveLength(2)
  })
})

describe('a split on a clash', () => {
  it('quotes the odd account by its clashing words, not by its passage that agrees', () => {
    const r = compareMany(
      [
        { label: 'Ministry', text: 'The two sides agreed on a prisoner exchange in Vienna.' },
        { label: 'Rebels', text: 'Both delegations agreed on a prisoner exchange in Vienna.' },
        {
          label: 'Mediators',
          text: 'The delegations discussed a prisoner exchange in Vienna. No agreement was reached on a prisoner exchange.',
        },
      ],
      {},
    )
    const split = r.divergences.find((d) => d.kind === 'split')!
    expect(split.against).toEqual(['c'])
    expect(split.reason).toMatch(/Mediators⁩?: “⁨?No agreement was reached/)
    const stance = r.clusters
      .find((c) => c.id === split.cluster)!
      .stances.find((s) => s.account === 'c')!
    expect(stance.quote).toMatch(/^No agreement was reached/)
  })

  it('quotes each account of the clash by the words that clash, in the table as in the reason', () => {
    const r = compareMany(
      [
        { label: 'Mediator', text: 'Valdoria violated the truce on the border too.' },
        {
          label: 'Ostrania',
          text: 'In light of Valdoria’s blatant violation of the truce on the border, declared by the mediator, and in keeping with our policy to answer any breach, I have ordered the army to keep up high-intensity operations against depots in Port Lys.',
        },
        {
          label: 'Valdoria',
          text: 'The fighting on the border ended, a conflict sparked by Ostrania’s provocations and its violation of the truce.',
        },
      ],
      {},
    )
    const clash = r.divergences.find((d) => d.kind === 'clash' || d.kind === 'split')!
    const stances = r.clusters.find((c) => c.id === clash.cluster)!.stances
    const quoted = stances.filter((s) => clash.reason.includes(s.quote))
    expect(quoted.length).toBeGreaterThanOrEqual(2)
    expect(stances.find((s) => s.account === 'b')!.quote).toMatch(/violation/)
  })
})

describe('the focus of a set', () => {
  it('leads with a topic two or more accounts tell, weighed by how they diverge on it', () => {
    const r = compareMany(
      [
        {
          label: 'Ministry',
          text: 'Talks on the ceasefire in Ukraine went on in Kyiv.\nTariffs on steel will rise. Tariffs on grain will rise. Trade in tariffs is hard. Exports of tariffs fall. Trade tariffs on timber rise.',
        },
        { label: 'Council', text: 'In Kyiv the ceasefire talks on Ukraine were not agreed.' },
        { label: 'Mediators', text: 'Ukraine and its ceasefire were discussed in Kyiv.' },
      ],
      {},
    )
    // Trade fills more passages, but only one account tells it.
    expect(r.focus).toBe('ukraine')
  })
})
