// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { encodeManyLink, readLink } from '../../../src/core'
import { pairOfSet } from '../../../src/data/account-set'
import { draftToSet, isSetDraft } from '../../../src/data/draft-set'
import { linkedSet, manyLinkStateOf, setHighlightsOf } from '../../../src/data/set-link'
import type { DraftAccount } from '../../../src/lib/drafts'

const account = (text: string, label = '', date = ''): DraftAccount => ({
  text,
  label,
  source: '',
  date,
})
const draft = {
  a: account('First text.\r\nWith CRLF.', 'Ministry', '2025-05-04'),
  b: account('Second text.', '', '2025-05-04'),
  more: [account('Third text, é.', 'Mediators', '2025-05-04')],
  origin: 'reader' as const,
}

describe('a set of accounts', () => {
  it('from a draft of three: default labels by place, one date when all agree', () => {
    expect(isSetDraft(draft)).toBe(true)
    expect(isSetDraft({ ...draft, more: undefined })).toBe(false)
    const set = draftToSet(draft)
    expect(set.accounts.map((a) => a.label)).toEqual(['Ministry', 'Account B', 'Mediators'])
    expect(set.date).toBe('2025-05-04')
    expect(draftToSet({ ...draft, b: account('x') }).date).toBeUndefined()
  })

  it('travels in an m1 link with its highlights, in the texts as shown (CRLF and all)', async () => {
    const set = draftToSet(draft)
    const spans = [
      { side: 'a' as const, start: 13, end: 22 },
      { side: 'c' as const, start: 0, end: 5 },
    ]
    const read = await readLink(await encodeManyLink(manyLinkStateOf(set, { focus: 'x' }, spans)))
    expect(read.ok && read.value.kind).toBe('many')
    if (!read.ok || read.value.kind !== 'many') return
    const opened = linkedSet(read.value)
    expect(opened.accounts.map((a) => a.text)).toEqual(set.accounts.map((a) => a.text))
    expect(opened.focus).toBe('x')
    expect(setHighlightsOf(read.value.ranges, opened)).toEqual(spans)
  })

  it('gives any two of its accounts as a pair, titled by both', () => {
    const pair = pairOfSet(draftToSet(draft), 'a', 'c')
    expect(pair.title).toBe('Your comparison: Ministry and Mediators')
    expect([pair.a.text, pair.b.text]).toEqual([draft.a.text, draft.more[0]!.text])
  })
})
