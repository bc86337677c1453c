import { describe, expect, it } from 'vitest'
import { annotateSentence } from '../../../src/core/annotate'
import { labelPassage } from '../../../src/core/label'
import type { Counterpart, Passage } from '../../../src/core/passage'

function passage(text: string, counterparts: Partial<Counterpart>[] = []): Passage {
  return {
    id: 'x',
    side: 'a',
    index: 0,
    start: 0,
    end: text.length,
    text,
    paragraph: 0,
    annotation: annotateSentence(text),
    topics: [],
    topicsCarried: false,
    speaker: null,
    alignment: 'only-here',
    counterparts: counterparts.map((c) => ({
      index: 0,
      score: 1,
      cosine: 1,
      primary: true,
      byReader: false,
      via: 'words',
      confidence: 1,
      clash: null,
      ...c,
    })),
    moved: false,
  }
}

describe('labelPassage', () => {
  it('is only-here without a counterpart', () => {
    expect(labelPassage(passage('They met in Vienna.'))).toBe('only-here')
  })

  it('is shared when nearly the same words make the same claims', () => {
    const other = passage('The ministers agreed on the exchange.')
    const own = passage('The ministers agreed on the exchange.', [{ cosine: 0.9 }])
    expect(labelPassage(own, [other])).toBe('shared')
  })

  it('is reworded when the same words make another claim, or the words differ', () => {
    const other = passage('The ministers did not agree on the exchange.')
    const own = passage('The ministers agreed on the exchange.', [{ cosine: 0.9 }])
    expect(labelPassage(own, [other])).toBe('reworded')
    expect(labelPassage(passage('They met.', [{ cosine: 0.4 }]), [passage('They talked.')])).toBe(
      'reworded',
    )
  })

  it('contradicts when one of its pairs carries a clash', () => {
    const clash = { rule: 'outcome' as const, a: 'agreed', b: 'not agreed', strength: 0.85 }
    const own = passage('The ministers agreed on the exchange.', [{ cosine: 0.9, clash }])
    expect(labelPassage(own, [passage('The ministers did not agree on the exchange.')])).toBe(
      'contradicts',
    )
  })
})
