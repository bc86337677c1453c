import { describe, expect, it } from 'vitest'
import { compareAccounts, type Comparison } from '../../../src/core'
import { analyzeAccount } from '../../../src/core/analyze-account'
import { buildLenses } from '../../../src/core/lens'
import { scoreFeatures } from '../../../src/core/rank'
import { candidateFeatures } from '../../../src/core/rank-features'

/** The text of a divergence's passages on one side, joined. */
const said = (c: Comparison, index: number, side: 'a' | 'b') =>
  c.divergences[index]![side].map((id) => c.segments[side].find((s) => s.id === id)!.text).join(' ')

const readout = {
  label: 'Ministry readout',
  text: [
    'Dear friends! The foreign ministers held talks in Vienna.',
    'The talks were constructive and productive.',
    'Both sides agreed on a prisoner exchange.',
    '[Applause from the delegation.]',
    'The minister thanked the Austrian hosts for their warm hospitality.',
    'The two countries have shared deep historical ties since the war of independence, 200 years ago.',
  ].join('\n'),
}
const briefing = {
  label: 'Opposition briefing',
  text: [
    'The foreign ministers held talks in Vienna.',
    'I am not happy with the talks at all.',
    'There was no progress on the prisoner exchange.',
    'The opposition demands that sanctions be lifted before any further round of talks.',
    'The opposition demands the lifting of sanctions before any further round of talks.',
  ].join('\n'),
}

describe('ranking the lead first', () => {
  const c = compareAccounts(readout, briefing)

  it('leads with the clash of verdicts on the talks', () => {
    expect(c.divergences[0]).toMatchObject({ kind: 'contradicts' })
    expect(said(c, 0, 'a')).toContain('constructive and productive')
    expect(said(c, 0, 'b')).toContain('not happy')
  })

  it('puts the clash on the outcome and the demand only one side makes before courtesy and history', () => {
    const rank = (snippet: string) =>
      c.divergences.findIndex((d) =>
        [...d.a, ...d.b].some((id) =>
          [...c.segments.a, ...c.segments.b].find((s) => s.id === id)!.text.includes(snippet),
        ),
      )
    const outcome = rank('no progress on the prisoner exchange')
    const demand = rank('demands that sanctions be lifted')
    const thanks = rank('thanked the Austrian hosts')
    const history = rank('historical ties')
    expect(outcome).toBeGreaterThanOrEqual(0)
    expect(demand).toBeGreaterThanOrEqual(0)
    for (const late of [thanks, history]) {
      if (late >= 0) expect(late).toBeGreaterThan(Math.max(outcome, demand))
    }
  })

  it('leaves an editor’s note out of the top of the list', () => {
    const top = c.divergences.slice(0, 4).flatMap((d) => d.a)
    const note = c.segments.a.find((s) => s.text.startsWith('[Applause'))!
    expect(top).not.toContain(note.id)
  })

  it('makes one item of a line told twice in other words', () => {
    const demands = c.divergences.filter((d) =>
      said(c, c.divergences.indexOf(d), 'b').includes('demands'),
    )
    expect(demands).toHaveLength(1)
    expect(demands[0]!.b).toHaveLength(2)
  })

  it('lets the reader’s own lens lead over the verdict', () => {
    const own = compareAccounts(readout, briefing, { keywords: ['sanctions'] })
    expect(own.focus).toBe('custom')
    expect(said(own, 0, 'b')).toContain('sanctions')
  })
})

describe('a point only one side makes over two sentences', () => {
  it('is one item when the second sentence opens on a connective', () => {
    const readout = {
      label: 'Readout',
      text: 'The ministers met in Vienna and discussed the grain deal.',
    }
    const statement = {
      label: 'Statement',
      text: [
        'The ministers met in Vienna and discussed the grain deal.',
        'The minister declared his readiness to explore every way to resolve the dispute.',
        'And, of course, take into account the absolute need for legally binding security guarantees.',
      ].join(' '),
    }
    const c = compareAccounts(readout, statement)
    const lone = c.divergences.filter((d) => d.kind === 'only-b')
    expect(lone).toHaveLength(1)
    expect(lone[0]!.b).toHaveLength(2)
  })
})

describe('a text that looks cut off', () => {
  it('is said to be cut off when the other account tells something it lacks', () => {
    const cut = {
      label: 'Statement',
      text: 'The ministers met in Vienna. They discussed the grain deal and',
    }
    const whole = {
      label: 'Readout',
      text: 'The ministers met in Vienna. They discussed the grain deal. Two detained journalists were released on Monday.',
    }
    const c = compareAccounts(whole, cut)
    const lone = c.divergences.find((d) => d.kind === 'only-a')
    expect(lone?.reason.replace(/[\u2066-\u2069]/g, '')).toContain('Statement looks cut off')
  })
})

describe('the reason of a reframing', () => {
  it('says when one side is firm where the other hedges', () => {
    const c = compareAccounts(
      {
        label: 'Ministry',
        text: 'The envoys will begin talks on the prisoner exchange immediately.',
      },
      {
        label: 'Embassy',
        text: 'The envoys could begin talks on the prisoner exchange, hopefully soon.',
      },
    )
    const reframed = c.divergences.find((d) => d.kind === 'reframed')!
    expect(reframed.reason.replace(/[\u2066-\u2069]/g, '')).toMatch(
      /^Firm in Ministry \(“.+”\), as a possibility in Embassy \(“.+”\)\.$/,
    )
  })
})

describe('a reframing on which both sides give the same verdict', () => {
  const passage = (text: string, side: 'a' | 'b') =>
    analyzeAccount(text, side, buildLenses()).passages[0]!
  const features = (a: string, b: string) =>
    candidateFeatures(
      { kind: 'reframed', a: [passage(a, 'a')], b: [passage(b, 'b')], clash: null },
      {
        idf: () => 1,
        vocabulary: { a: new Set<string>(), b: new Set<string>() },
        lenses: buildLenses(),
        coverage: 1,
        sizes: { a: 1, b: 1 },
      },
    ).features

  it('is marked as agreement, and weighs less than one where the verdicts differ', () => {
    const agree = features('I think the talks went very well.', 'The talks were useful and frank.')
    const apart = features('I think the talks went very well.', 'The talks were held in Vienna.')
    expect(agree.sameVerdict).toBe(1)
    expect(apart.sameVerdict).toBe(0)
    expect(scoreFeatures(agree)).toBeLessThan(scoreFeatures(apart))
  })
})
