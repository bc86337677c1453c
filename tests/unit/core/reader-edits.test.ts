import { describe, expect, it } from 'vitest'
import { compareAccounts, type Account, type Comparison, type Segment } from '../../../src/core'

// Written for these tests: two accounts of a made-up meeting on a river treaty.
const A: Account = {
  label: 'Ministry',
  text: [
    'The ministers met in Vienna to discuss the river treaty.',
    'Negotiations on water quotas made real progress, the ministry said.',
    'The delegations also toured the new harbour.',
  ].join(' '),
}
const B: Account = {
  label: 'Envoy',
  text: [
    'We met in Vienna about the river treaty.',
    'Frankly, nothing moved on how much water each country may take.',
    'Fishing licences were discussed at length.',
  ].join(' '),
}

const at = (account: Account, words: string) => {
  const offset = account.text.indexOf(words)
  if (offset < 0) throw new Error(`not in the account: ${words}`)
  return offset
}
const passage = (segments: Segment[], text: string, words: string) => {
  const offset = text.indexOf(words)
  const found = segments.find((s) => s.start <= offset && offset < s.end)
  if (!found) throw new Error(`no passage holds: ${words}`)
  return found
}
const inA = (c: Comparison, words: string) => passage(c.segments.a, A.text, words)
const inB = (c: Comparison, words: string) => passage(c.segments.b, B.text, words)

describe('compareAccounts with the reader’s alignment edits', () => {
  it('aligns two passages the reader links, though they share no word, and marks the link as theirs', () => {
    const before = compareAccounts(A, B)
    expect(inA(before, 'water quotas').counterparts).not.toContain(inB(before, 'nothing moved').id)

    const link = [{ a: at(A, 'quotas made'), b: at(B, 'each country') }] // offsets mid-passage
    const after = compareAccounts(A, B, { edits: { link } })
    const [x, y] = [inA(after, 'water quotas'), inB(after, 'nothing moved')]
    expect(x.counterparts[0]).toBe(y.id)
    expect(y.counterparts[0]).toBe(x.id)
    expect(x.alignedByReader).toEqual([y.id])
    expect(y.alignedByReader).toEqual([x.id])
    expect(x.alignment).not.toBe('only-here')
    expect(y.alignment).not.toBe('only-here')
    // Divergences follow: neither passage is listed as told by one side only any more.
    const oneSided = after.divergences.filter((d) => d.kind === 'only-a' || d.kind === 'only-b')
    expect(oneSided.flatMap((d) => [...d.a, ...d.b])).not.toContain(x.id)
    expect(oneSided.flatMap((d) => [...d.a, ...d.b])).not.toContain(y.id)
  })

  it('separates a pair the reader unlinks and does not let the aligner pair them again', () => {
    const before = compareAccounts(A, B)
    const [x, y] = [inA(before, 'met in Vienna'), inB(before, 'met in Vienna')]
    expect(x.counterparts).toContain(y.id)

    const unlink = [{ a: x.start, b: y.start }]
    const after = compareAccounts(A, B, { edits: { unlink } })
    expect(inA(after, 'met in Vienna').counterparts).not.toContain(y.id)
    expect(inB(after, 'met in Vienna').counterparts).not.toContain(x.id)
    expect(inA(after, 'met in Vienna').alignedByReader).toEqual([])
  })

  it('puts the reader’s link first, and moves a passage when its old pair is unlinked too', () => {
    const link = [{ a: at(A, 'toured'), b: at(B, 'We met in Vienna') }]
    const linked = compareAccounts(A, B, { edits: { link } })
    expect(inB(linked, 'We met in Vienna').counterparts[0]).toBe(inA(linked, 'toured').id)

    const unlink = [{ a: at(A, 'ministers met'), b: at(B, 'We met in Vienna') }]
    const moved = compareAccounts(A, B, { edits: { link, unlink } })
    expect(inB(moved, 'We met in Vienna').counterparts).toEqual([inA(moved, 'toured').id])
    expect(inA(moved, 'ministers met').counterparts).not.toContain(inB(moved, 'We met').id)
  })

  it('gives a link precedence over an unlink of the same pair', () => {
    const pair = { a: at(A, 'toured'), b: at(B, 'Fishing') }
    const after = compareAccounts(A, B, { edits: { link: [pair], unlink: [pair] } })
    expect(inA(after, 'toured').counterparts).toEqual([inB(after, 'Fishing').id])
  })

  it('reads offsets in the text as passed in, before line endings are normalized', () => {
    const crlf: Account = { label: 'Ministry', text: A.text.replace(/\. /g, '.\r\n\r\n') }
    const link = [{ a: at(crlf, 'toured'), b: at(B, 'Fishing') }]
    const after = compareAccounts(crlf, B, { edits: { link } })
    const toured = passage(after.segments.a, crlf.text, 'toured')
    expect(toured.counterparts).toEqual([passage(after.segments.b, B.text, 'Fishing').id])
  })

  it('ignores edits that name no passage instead of failing', () => {
    const plain = compareAccounts(A, B)
    const stale = [
      { a: -1, b: 0 },
      { a: A.text.length + 50, b: 0 },
      { a: 0, b: Number.NaN },
      { a: 1.5, b: 2 },
    ]
    const after = compareAccounts(A, B, { edits: { link: stale, unlink: stale } })
    expect(after.segments).toEqual(plain.segments)
  })
})
