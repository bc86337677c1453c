import { describe, expect, it } from 'vitest'
import { stemWord, termOf } from '../../../src/core/tokenize'
import { annotateSentence } from '../../../src/core/annotate'
import { isStatedQuantity } from '../../../src/core/figures'

const claim = (sentence: string, cue: string) =>
  annotateSentence(sentence).claims.find((c) => c.cue.toLowerCase() === cue)

describe('claims and negation scope', () => {
  it('reads "didn’t make any progress" as negative progress', () => {
    expect(claim('No, I didn’t make any progress with him today.', 'progress')).toMatchObject({
      kind: 'progress',
      polarity: -1,
      negated: true,
    })
  })

  it('reads "progress in implementing the agreements" as positive progress', () => {
    expect(
      claim('He reported progress in implementing the humanitarian agreements.', 'progress'),
    ).toMatchObject({
      polarity: 1,
      negated: false,
    })
  })

  it('reads "will not back down" as a demand held firm, not as negated progress', () => {
    const found = annotateSentence('Moscow will not back down from these goals.').claims
    expect(found).toEqual([expect.objectContaining({ kind: 'demand', polarity: 1 })])
  })

  it('stops negation at a clause mark and at "but"', () => {
    expect(claim('No, the sides made progress.', 'progress')?.polarity).toBe(1)
    expect(claim('Nothing was signed, but there was progress.', 'progress')?.polarity).toBe(1)
  })

  it('does not read "not only" as a negation', () => {
    expect(claim('The talks were not only long but productive.', 'productive')?.polarity).toBe(1)
  })

  it('drops idioms that only look like cues', () => {
    expect(claim('They spent a good deal of time on it.', 'deal')).toBeUndefined()
  })
})

describe('topics', () => {
  it('tags a passage by weighted lexicon terms, not by a single weak word', () => {
    expect([...annotateSentence('Kyiv and Moscow discussed a ceasefire.').topics.keys()]).toContain(
      'ukraine',
    )
    expect(annotateSentence('The war of words went on.').topics.size).toBe(0)
  })

  it('reads security guarantees and an alliance’s expansion as one topic', () => {
    const topics = (t: string) => [...annotateSentence(t).topics.keys()]
    expect(
      topics('He demanded legally binding guarantees ruling out NATO’s eastward expansion.'),
    ).toEqual(['security'])
    expect(topics('They must take our demands on security guarantees seriously.')).toEqual([
      'security',
    ])
  })

  it('reads wages and salaries as pay, and inflation alone as no topic', () => {
    const topics = (t: string) => [...annotateSentence(t).topics.keys()]
    expect(topics('They refuse to raise your wages to keep up with inflation.')).toEqual(['pay'])
    expect(topics('A 58% increase in salaries for guest performers.')).toEqual(['pay'])
    expect(topics('We know where inflation came from.')).toEqual([])
  })

  it('reads terrorism and extremism as a topic of their own', () => {
    const topics = (t: string) => [...annotateSentence(t).topics.keys()]
    expect(topics('They will step up counter-terrorism cooperation.')).toEqual(['terrorism'])
    expect(topics('Both condemned terrorism and extremism in all their forms.')).toEqual([
      'terrorism',
    ])
  })

  it('finds figures with what they count and measure, but not dates', () => {
    expect(annotateSentence('A truce of 30 days was proposed.').figures).toEqual([
      expect.objectContaining({
        text: '30 days',
        value: 30,
        unit: stemWord('days'),
        measure: 'truce',
      }),
    ])
    expect(annotateSentence('It would cost more than $800 million per year.').figures).toEqual([
      expect.objectContaining({ text: '$800 million', value: 8e8, unit: 'usd', measure: 'cost' }),
    ])
    expect(annotateSentence('The war ended 160 years ago, on 9 May 1865.').figures).toEqual([])
  })

  it('tells a figure in digits or with a measure from a count spelled out', () => {
    const stated = (sentence: string) =>
      annotateSentence(sentence).figures.map((f) => [f.text, isStatedQuantity(f)])
    expect(stated('The offer would cost 800 million dollars.')).toEqual([
      ['800 million dollars', true],
    ])
    expect(stated('The offer would cost eight hundred million dollars.')[0]?.[1]).toBe(true)
    expect(stated('Two sponsorship deals were set aside.')).toEqual([['Two sponsorship', false]])
    expect(stated('The two leaders met for five days.')).toEqual([
      ['two leaders', false],
      ['five days', false],
    ])
  })
})

describe('concept folds', () => {
  it('folds what names one thing, and nothing that only shares its stem', () => {
    expect(termOf('relationship')).toBe(termOf('relations'))
    expect(termOf('ties')).toBe(termOf('relations'))
    expect(termOf('proposals')).toBe(termOf('offer'))
    expect(termOf('countering')).not.toBe(termOf('offer'))
  })
})
