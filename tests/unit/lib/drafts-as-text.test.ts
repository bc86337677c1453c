// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { draftsAsText } from '../../../src/lib/drafts-as-text'
import type { Draft } from '../../../src/lib/drafts'

const account = (text: string, label = '') => ({ text, label, source: '', date: '' })

describe('the drafts as one text to take away', () => {
  it('names every account of a draft by its place, the added ones too', () => {
    const draft: Draft = {
      a: account('First text.', 'Ministry'),
      b: account('Second text.'),
      more: [account('Third text.', 'Mediators'), account('')],
      origin: 'reader',
    }
    expect(draftsAsText(draft, [])).toBe(
      [
        '# Your draft',
        '== First account: Ministry ==\nFirst text.',
        '== Second account ==\nSecond text.',
        '== Third account: Mediators ==\nThird text.',
      ].join('\n\n'),
    )
  })
})
