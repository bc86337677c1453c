import type { Comparison, Divergence, Segment, Side } from '../../../src/core'

export function seg(side: Side, index: number, text: string): Segment {
  return {
    id: `${side}${index}`,
    side,
    start: 0,
    end: text.length,
    text,
    paragraph: 0,
    alignment: 'only-here',
    counterparts: [],
    similarity: 0,
    topics: [],
    speaker: null,
    claims: [],
    moved: false,
    alignedByReader: [],
    confidence: 1,
    pieces: [],
  }
}

export function div(partial: Partial<Divergence> & Pick<Divergence, 'a' | 'b'>): Divergence {
  return {
    id: 'd',
    topic: 'ukraine',
    topicLabel: 'Ukraine — progress',
    kind: 'contradicts',
    summary: '',
    quoteA: '',
    quoteB: '',
    reason: '',
    speakers: {},
    focus: false,
    score: 1,
    ...partial,
  }
}

export function comparison(a: Segment[], b: Segment[], divergences: Divergence[]): Comparison {
  return {
    segments: { a, b },
    divergences,
    focus: 'ukraine',
    focusLabel: 'Ukraine — progress',
    topics: [],
    identical: false,
    approximate: false,
    cutOff: { a: false, b: false },
    language: { a: 'en', b: 'en', covered: true, note: '' },
  }
}
