import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ComparisonHeader } from '../../src/components/comparison-header'
import { SetHeader } from '../../src/components/many/set-header'
import type { AccountSet } from '../../src/data/account-set'
import { draftToPair } from '../../src/data/draft-pair'
import type { DraftAccount } from '../../src/lib/drafts'
import { ENVOY, MINISTRY, PAIR } from './fixtures'

const pasted = (label: string, source = ''): DraftAccount => ({
  text: 'The ministers met in Geneva.',
  label,
  source,
  date: '',
})

/** The pair Compare makes of two pasted accounts. */
const pastedPair = (a: DraftAccount, b: DraftAccount) => draftToPair({ a, b, origin: 'reader' })

/** The accounts the header says where they come from, by label. */
const sourcedLabels = () =>
  within(screen.getByRole('banner'))
    .queryAllByRole('term')
    .map((term) => term.textContent)

describe('the comparison header’s sources', () => {
  it('name both accounts of a pair that says where each comes from', () => {
    render(<ComparisonHeader pair={PAIR} />)
    expect(sourcedLabels()).toEqual([MINISTRY, ENVOY])
  })

  it('are left out for a pasted pair with labels only: the labels alone say nothing there', () => {
    render(<ComparisonHeader pair={pastedPair(pasted(MINISTRY), pasted(ENVOY))} />)
    expect(sourcedLabels()).toEqual([])
    expect(within(screen.getByRole('banner')).queryByText(MINISTRY)).not.toBeInTheDocument()
  })

  it('name only the account a source was given for', () => {
    const pair = pastedPair(pasted(MINISTRY), pasted(ENVOY, 'https://example.org/remarks'))
    render(<ComparisonHeader pair={pair} />)
    expect(sourcedLabels()).toEqual([ENVOY])
    expect(screen.getByRole('link', { name: 'https://example.org/remarks' })).toBeInTheDocument()
  })

  it('on a phone, offer no "Who said what" disclosure that would open onto nothing', () => {
    render(<ComparisonHeader pair={pastedPair(pasted(MINISTRY), pasted(ENVOY))} compact />)
    expect(screen.queryByText('Who said what, and where it was published')).not.toBeInTheDocument()
  })

  it('in a set’s header, as in a pair’s: only the accounts with a source', () => {
    const account = (label: string, url = '') => ({
      ...pasted(label),
      speaker: '',
      source: '',
      url,
    })
    const set: AccountSet = {
      id: 'draft',
      title: 'Your comparison',
      accounts: [account('Israel'), account('Iran', 'https://example.org/iran'), account('US')],
    }
    render(<SetHeader set={set} link={{ href: '#/new', label: 'Edit accounts' }} />)
    expect(sourcedLabels()).toEqual(['Iran'])
  })
})
