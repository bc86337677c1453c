import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { EmbedApp } from '../../src/app/embed-app'
import { createQueryClient } from '../../src/app/query-client'
import {
  compareAccounts,
  createRange,
  encodeManyLink,
  toManyComparisonFile,
  type ManyLinkState,
} from '../../src/core'
import {
  COUNCIL,
  COUNCIL_TEXT,
  MEDIATORS,
  MEDIATORS_TEXT,
  MINISTRY,
  MINISTRY_TEXT,
} from '../fixtures/three-accounts'
import { ComputeProvider } from '../../src/hooks/compute-context'
import { openThree, renderManyApp } from './many-fixtures'
import { serveAccounts } from './share-fixtures'

beforeEach(() => {
  // jsdom does not lay out, so it has no scrollIntoView; record the calls instead.
  Element.prototype.scrollIntoView = vi.fn()
})
afterEach(() => {
  window.location.hash = ''
  vi.unstubAllGlobals()
})

const rows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .filter((row) => within(row).queryByRole('rowheader'))
const rowWith = (table: HTMLElement, text: string) =>
  rows(table).find((row) => row.textContent?.includes(text))!

describe('the claims table', () => {
  it('has a column per account named by its label, and a row per claim', async () => {
    const { table } = await openThree()
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent)
    expect(headers).toEqual(['Claim', MINISTRY, COUNCIL, MEDIATORS, 'Why'])
    const clash = rowWith(table, 'No agreement was reached')
    const cells = within(clash).getAllByRole('cell')
    expect(cells[0]).toHaveTextContent(`against ${COUNCIL}`)
    expect(cells[2]).toHaveTextContent('says nothing')
    // The cells that clash are described by the reason, which names both.
    const quote = within(cells[1]!).getByRole('button')
    // (Labels in the reason are isolated from its direction: FSI … PDI around each.)
    expect(quote).toHaveAccessibleDescription(/Foreign Ministry\W? against \W?Rebel council/)
  })

  it('filters by kind and by the focus topic', async () => {
    const user = userEvent.setup()
    const { table } = await openThree()
    const all = rows(table).length
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'Clashes')
    expect(rows(table).map((r) => r.getAttribute('data-many-kind'))).toEqual(['clash'])
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'All kinds')
    await user.click(screen.getByRole('checkbox', { name: 'Only the focus topic' }))
    const focused = rows(table)
    expect(focused.length).toBeLessThan(all)
    expect(focused.every((r) => r.hasAttribute('data-focus-topic'))).toBe(true)
  })

  it('steps through the rows with j and k, saying where each step lands', async () => {
    const user = userEvent.setup()
    const { table } = await openThree()
    await user.keyboard('j')
    expect(rows(table)[0]).toHaveAttribute('aria-current', 'true')
    expect(within(rows(table)[0]!).getByRole('rowheader')).toHaveFocus()
    await user.keyboard('j')
    expect(rows(table)[1]).toHaveAttribute('aria-current', 'true')
    expect(screen.getByText(/^Claim 2 of \d+: /)).toBeInTheDocument()
    await user.keyboard('kk')
    expect(screen.getByText(/^First claim: this is 1 of \d+\.$/)).toBeInTheDocument()
  })

  it('shows a quote’s passage in its account’s text', async () => {
    const user = userEvent.setup()
    const { table } = await openThree()
    const split = rowWith(table, 'No talks are scheduled')
    await user.click(within(split).getByRole('button', { name: /No talks are scheduled/ }))
    const reader = screen.getByRole('region', { name: MEDIATORS })
    const passage = within(reader)
      .getByText(/No talks are scheduled/)
      .closest('[data-segment]')
    await waitFor(() => expect(passage).toHaveFocus())
    expect(screen.getByRole('radio', { name: MEDIATORS })).toBeChecked()
  })

  it('opens any two side by side, with the row’s passages highlighted and the way back', async () => {
    const user = userEvent.setup()
    const { table } = await openThree()
    const clash = rowWith(table, 'No agreement was reached')
    await user.click(within(clash).getByRole('button', { name: 'Compare these two side by side' }))
    await user.click(within(clash).getByRole('button', { name: `${MINISTRY} and ${COUNCIL}` }))
    const council = await screen.findByRole('region', { name: COUNCIL }, { timeout: 5000 })
    await waitFor(() =>
      expect(council.querySelector('[data-permalink-highlight]')).toHaveTextContent(
        'No agreement was reached',
      ),
    )
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      `Your comparison: ${MINISTRY} and ${COUNCIL}`,
    )
    const others = screen.getByRole('region', { name: 'This claim in the other accounts' })
    expect(others).toHaveTextContent(`${MEDIATORS}: says nothing`)
    await user.click(within(others).getByRole('button', { name: 'Back to the claims table' }))
    const back = await screen.findByRole('table', { name: 'Claims by account' })
    const row = rowWith(back, 'No agreement was reached')
    await waitFor(() => expect(within(row).getByRole('rowheader')).toHaveFocus())
    expect(row).toHaveAttribute('aria-current', 'true')
  })
})

describe('links of three accounts', () => {
  const state = (ranges: ManyLinkState['ranges'] = []): ManyLinkState => ({
    kind: 'many',
    accounts: [
      { label: MINISTRY, text: MINISTRY_TEXT },
      { label: COUNCIL, text: COUNCIL_TEXT },
      { label: MEDIATORS, text: MEDIATORS_TEXT, source: 'https://mediators.example/doha' },
    ],
    ranges,
  })

  it('open the table with the linked passage highlighted and focused, and the draft untouched', async () => {
    const at = MEDIATORS_TEXT.indexOf('No talks')
    const link = await encodeManyLink(
      state([
        createRange('c', MEDIATORS_TEXT, at, at + 'No talks are scheduled for Monday.'.length),
      ]),
    )
    const { storage } = renderManyApp(link)
    const table = await screen.findByRole('table', { name: 'Claims by account' }, { timeout: 5000 })
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Shared comparison')
    expect(screen.getByRole('link', { name: 'https://mediators.example/doha' })).toBeInTheDocument()
    const reader = screen.getByRole('region', { name: MEDIATORS })
    const linked = reader.querySelector('[data-permalink-highlight]')
    expect(linked).toHaveTextContent('No talks are scheduled for Monday.')
    await waitFor(() => expect(linked).toHaveFocus())
    expect(rowWith(table, 'No talks are scheduled')).toHaveAttribute('aria-current', 'true')
    expect(screen.queryByRole('alert')).toBeNull()
    expect(storage.length).toBe(0)
  })

  it('embedded in another site, name the accounts and open in Parallax, where the table is', async () => {
    window.location.hash = await encodeManyLink(state())
    render(
      <QueryClientProvider client={createQueryClient({ retry: false })}>
        <ComputeProvider compute={(a, b, options) => compareAccounts(a, b, options)}>
          <EmbedApp />
        </ComputeProvider>
      </QueryClientProvider>,
    )
    expect(await screen.findByText(/3 accounts compared/, {}, { timeout: 5000 })).toHaveTextContent(
      `${MINISTRY}, ${COUNCIL}, ${MEDIATORS}`,
    )
    expect(screen.getByRole('link', { name: /Open in Parallax/ })).toHaveAttribute(
      'href',
      expect.stringContaining('#m1.'),
    )
  })

  it('refuse an empty account, saying which, and open the example instead', async () => {
    const empty = state()
    empty.accounts[1] = { label: COUNCIL, text: '   ' }
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => serveAccounts(url)),
    )
    renderManyApp(await encodeManyLink(empty))
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
    expect(alert).toHaveTextContent(/The second account in this link is empty/)
    expect(alert).toHaveTextContent(/The built-in example is shown instead/)
    expect(screen.queryByRole('table', { name: 'Claims by account' })).toBeNull()
  })
})

describe('comparison files of three accounts', () => {
  it('open the table from "Open comparison file", highlights included', async () => {
    const user = userEvent.setup()
    const at = COUNCIL_TEXT.indexOf('No agreement')
    const file = toManyComparisonFile({
      kind: 'many',
      accounts: [
        { label: MINISTRY, text: MINISTRY_TEXT },
        { label: COUNCIL, text: COUNCIL_TEXT },
        { label: MEDIATORS, text: MEDIATORS_TEXT },
      ],
      ranges: [createRange('b', COUNCIL_TEXT, at, at + 12)],
    })
    renderManyApp('#/new')
    const input = screen.getByLabelText('Open comparison file')
    await user.upload(input, new File([file], 'doha.json', { type: 'application/json' }))
    await screen.findByRole('table', { name: 'Claims by account' }, { timeout: 5000 })
    expect(window.location.hash).toBe('#/file')
    const reader = screen.getByRole('region', { name: COUNCIL })
    expect(reader.querySelector('[data-permalink-highlight]')).toHaveTextContent(
      'No agreement was reached',
    )
  })
})
