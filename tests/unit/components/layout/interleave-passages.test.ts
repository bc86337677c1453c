import { describe, expect, it } from 'vitest'
import type { Segment, Side } from '../../../../src/core'
import { interleavePassages } from '../../../../src/components/layout/interleave-passages'
import { fixtureComparison } from '../../../component/fixtures'

/** A bare passage: only what the inline order reads (side, position, links). */
function passage(side: Side, index: number, counterparts: string[] = []): Segment {
  return {
    id: `${side}${index}`,
    side,
    start: index * 10,
    end: index * 10 + 9,
    text: '',
    paragraph: 0,
    alignment: counterparts.length > 0 ? 'reworded' : 'only-here',
    counterparts,
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

const order = (runs: ReturnType<typeof interleavePassages>) =>
  runs.flatMap((run) => run.passages.map((s) => s.id))

describe('inline order', () => {
  it('follows each passage of the first account with its counterpart, and keeps the rest in place', () => {
    // a0↔b0, a1 alone, a2↔b1, b2 alone after b1.
    expect(order(interleavePassages(fixtureComparison().segments))).toEqual([
      'a0',
      'b0',
      'a1',
      'a2',
      'b1',
      'b2',
    ])
  })

  it('places unlinked passages of the second account after the passage they follow there', () => {
    const runs = interleavePassages({
      a: [passage('a', 0, ['b3']), passage('a', 1), passage('a', 2, ['b1'])],
      b: [passage('b', 0), passage('b', 1), passage('b', 2), passage('b', 3), passage('b', 4)],
    })
    // b0 opens the second account before anything linked: it comes first. b2 follows b1, b4 follows b3.
    expect(order(runs)).toEqual(['b0', 'a0', 'b3', 'b4', 'a1', 'a2', 'b1', 'b2'])
    expect(runs.map((run) => run.side)).toEqual(['b', 'a', 'b', 'a', 'b'])
  })

  it('shows a counterpart shared by two passages once, after the first, with links read both ways', () => {
    const runs = interleavePassages({
      a: [passage('a', 0), passage('a', 1), passage('a', 2, ['b0'])],
      // b0 names a1 as its own: the link counts though a1 does not list it.
      b: [passage('b', 0, ['a1', 'a2'])],
    })
    expect(order(runs)).toEqual(['a0', 'a1', 'b0', 'a2'])
  })

  it('loses no passage and repeats none', () => {
    const a = Array.from({ length: 30 }, (_, i) =>
      passage('a', i, i % 3 === 0 ? [`b${i % 7}`] : []),
    )
    const b = Array.from({ length: 12 }, (_, i) => passage('b', i))
    const ids = order(interleavePassages({ a, b }))
    expect([...ids].sort()).toEqual([...a, ...b].map((s) => s.id).sort())
  })
})
