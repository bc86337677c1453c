import { describe, expect, it } from 'vitest'
import { diffPair, type LocalPiece } from '../../../src/core/diff-pair'

const marked = (text: string, pieces: LocalPiece[]) =>
  pieces
    .map((p) =>
      p.changed ? `[${text.slice(p.start, p.end).trim()}]` : text.slice(p.start, p.end).trim(),
    )
    .join(' ')

describe('diffPair', () => {
  it('keeps "didn’t" one token and marks only what differs', () => {
    const a = 'I did make progress with him today.'
    const b = 'I didn’t make progress with him today.'
    const { a: pa, b: pb } = diffPair(a, b)
    expect(marked(a, pa)).toBe('I [did] make progress with him today.')
    expect(marked(b, pb)).toBe('I [didn’t] make progress with him today.')
  })

  it('ignores case and keeps pieces on the original characters, covering the whole passage', () => {
    const a = 'The  Ceasefire holds.'
    const b = 'the ceasefire collapsed.'
    const { a: pa } = diffPair(a, b)
    expect(pa.map((p) => a.slice(p.start, p.end)).join('')).toBe(a)
    expect(marked(a, pa)).toBe('The  Ceasefire [holds] .')
  })

  it('folds a lone stop word between two edits into the edit', () => {
    const a = 'Russia rejected the American plan.'
    const b = 'Moscow welcomed the European proposal.'
    const changed = diffPair(a, b).a.filter((p) => p.changed)
    expect(changed).toHaveLength(1)
  })

  it('leaves a pair with the same words unmarked, whatever its case and punctuation', () => {
    const a = 'The ceasefire, they said, holds.'
    const b = 'the Ceasefire they said holds'
    expect(diffPair(a, b)).toEqual({
      a: [{ start: 0, end: a.length, changed: false }],
      b: [{ start: 0, end: b.length, changed: false }],
    })
  })
})
