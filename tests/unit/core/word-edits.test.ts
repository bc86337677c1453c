import { diffArrays } from 'diff'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { changedWords } from '../../../src/core/word-edits'

/** What diff-pair.ts read from jsdiff before word-edits.ts took its place. */
function jsdiffMarks(before: string[], after: string[], maxEditLength: number) {
  const changes = diffArrays(before, after, { maxEditLength })
  if (!changes) return null
  const out = { before: [] as boolean[], after: [] as boolean[] }
  for (const change of changes) {
    const n = change.count ?? change.value.length
    if (!change.added) for (let k = 0; k < n; k++) out.before.push(!!change.removed)
    if (!change.removed) for (let k = 0; k < n; k++) out.after.push(!!change.added)
  }
  return out
}

// A small vocabulary, so the sequences share words and the search has choices to make.
const words = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'the', 'not'), { maxLength: 40 })

describe('changedWords', () => {
  it('marks the words jsdiff diffArrays marks, edit limit included', () => {
    fc.assert(
      fc.property(words, words, fc.integer({ min: 0, max: 30 }), (x, y, limit) => {
        expect(changedWords(x, y, limit)).toEqual(jsdiffMarks(x, y, limit))
      }),
      { numRuns: 3000 },
    )
  })

  it('agrees on edges: empty sides, identical sides, no common word', () => {
    for (const [x, y] of [
      [[], []],
      [[], ['a']],
      [['a'], []],
      [
        ['a', 'b'],
        ['a', 'b'],
      ],
      [
        ['a', 'b'],
        ['c', 'd', 'e'],
      ],
    ] as [string[], string[]][]) {
      expect(changedWords(x, y, 200)).toEqual(jsdiffMarks(x, y, 200))
    }
  })
})
