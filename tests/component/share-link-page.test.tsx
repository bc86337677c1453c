import { cleanup, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../src/app/app'
import {
  createRange,
  encodeLink,
  toComparisonFile,
  type CompareOptions,
  type LinkState,
} from '../../src/core'
import { MAX_ACCOUNT_CHARS } from '../../src/lib/account-limits'
import { createDraftStore } from '../../src/lib/draft-store'
import { PAIR, fixtureComparison, memoryStorage, renderWithProviders } from './fixtures'
import { serveAccounts } from './share-fixtures'

// The hand-made comparison of the test pair, under the lens asked for.
const compute = (_a: unknown, _b: unknown, options: CompareOptions) =>
  fixtureComparison(options.focus)

const GRAIN = 'They agreed to extend the grain corridor.'
const rangeOf = (side: 'a' | 'b', phrase: string) => {
  const start = PAIR[side].text.indexOf(phrase)
  return createRange(side, PAIR[side].text, start, start + phrase.length)
}

/** The app opened at a link, with an empty draft store to prove it stays untouched. */
async function openAt(hash: string, firstLabel = PAIR.a.label) {
  const storage = memoryStorage()
  window.location.hash = hash
  renderWithProviders(<App />, compute, createDraftStore(storage))
  await screen.findByRole('region', { name: firstLabel }, { timeout: 5000 })
  return { storage }
}

const highlighted = () =>
  [...document.querySelectorAll('[data-permalink-highlight]')].map((el) =>
    el.getAttribute('data-segment'),
  )

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => serveAccounts(url)),
  )
  // jsdom does not lay out, so it has no scrollIntoView; record the calls instead.
  Element.prototype.scrollIntoView = vi.fn()
})
afterEach(() => {
  window.location.hash = ''
  vi.unstubAllGlobals()
})

describe('opening a link', () => {
  it('highlights the linked passage of a built-in pair, focuses it, and keeps the link', async () => {
    const link = await encodeLink({
      kind: 'builtin',
      pair: 'test-pair',
      revision: 1,
      ranges: [rangeOf('a', GRAIN)],
      focus: 'trade',
    })
    const { storage } = await openAt(link)
    await waitFor(() => expect(highlighted()).toEqual(['a1']))
    const linked = document.querySelector('[data-segment="a1"]')
    await waitFor(() => expect(linked).toHaveFocus())
    expect(vi.mocked(Element.prototype.scrollIntoView).mock.contexts).toContain(linked)
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByRole('combobox', { name: 'Focus' })).toHaveValue('trade')
    expect(window.location.hash).toBe(link)
    expect(storage.items.size).toBe(0)
  })

  it('opens a pasted pair from the link alone, without writing the draft', async () => {
    const state: LinkState = {
      kind: 'pasted',
      a: { label: 'Ministry', text: PAIR.a.text, source: 'https://example.org/readout' },
      b: { label: 'Envoy', text: PAIR.b.text, date: '2024-03-04' },
      ranges: [rangeOf('b', 'There was no progress on prisoners.')],
    }
    const { storage } = await openAt(await encodeLink(state), 'Ministry')
    expect(screen.getByRole('region', { name: 'Envoy' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'https://example.org/readout' })).toBeInTheDocument()
    await waitFor(() => expect(highlighted()).toEqual(['b1']))
    expect(screen.queryByRole('alert')).toBeNull()
    expect(storage.items.size).toBe(0)
  })

  it('says a cut-off link was cut off, and shows what it still holds', async () => {
    const link = await encodeLink({
      kind: 'builtin',
      pair: 'test-pair',
      revision: 1,
      ranges: [rangeOf('a', GRAIN), rangeOf('b', 'We met in Geneva.')],
    })
    await openAt(link.slice(0, -2))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(/cut off/)
    expect(alert).toHaveTextContent(/the comparison, with 2 highlighted passages/)
    await waitFor(() => expect(highlighted()).toEqual(['a1', 'b0']))
  })

  it('shows the built-in example under an alert when a pasted link is damaged', async () => {
    const link = await encodeLink({
      kind: 'pasted',
      a: { label: 'A', text: 'One.' },
      b: { label: 'B', text: 'Two.' },
      ranges: [],
    })
    const damaged = `${link.slice(0, 10)}${link.slice(10, 20).split('').reverse().join('')}${link.slice(20)}`
    const { storage } = await openAt(damaged)
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent(/damaged|cut off/)
    expect(alert).toHaveTextContent('The built-in example is shown instead.')
    expect(screen.getByRole('combobox', { name: 'Focus' })).toBeEnabled()
    expect(storage.items.size).toBe(0)
  })

  it('names an unknown built-in pair', async () => {
    await openAt('#b1.no-such-pair@1.a0-5.e')
    expect(screen.getByRole('alert')).toHaveTextContent(/built-in comparison that this version/)
    expect(screen.getByRole('alert')).toHaveTextContent('The built-in example is shown instead.')
  })

  it('counts the passages that do not fit, one sentence per side and reason', async () => {
    const outside = Array.from({ length: 10 }, (_, i) => `b${9000 + i}-9100`).join('.')
    const stale = Array.from({ length: 3 }, (_, i) => `a${i}-${i + 5}~zzzz`).join('.')
    await openAt(`#b1.test-pair@1.${outside}.${stale}.e`)
    const alert = screen.getByRole('alert')
    expect([...alert.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      '10 highlighted passages point past the end of the second account, so they are not highlighted.',
      '3 highlighted passages in the first account no longer match the text they were made for, so they are not highlighted.',
    ])
  })

  it('opens a link whose dots a mail client percent-encoded', async () => {
    const link = await encodeLink({
      kind: 'pasted',
      a: { label: 'Ministry', text: PAIR.a.text },
      b: { label: 'Envoy', text: PAIR.b.text },
      ranges: [rangeOf('a', GRAIN)],
    })
    await openAt(link.replaceAll('.', '%2E'), 'Ministry')
    await waitFor(() => expect(highlighted()).toEqual(['a1']))
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('refuses accounts the compose view would refuse: empty, or over 2 MB', async () => {
    const empty = await encodeLink({
      kind: 'pasted',
      a: { label: 'A', text: '' },
      b: { label: 'B', text: ' \n ' },
      ranges: [],
    })
    await openAt(empty)
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent(
      'The first account in this link is empty, so there is nothing to compare.',
    )
    expect(alert).toHaveTextContent('The built-in example is shown instead.')
    expect(screen.queryByText(/identical/)).toBeNull()
    cleanup()

    const long = await encodeLink({
      kind: 'pasted',
      a: { label: 'A', text: PAIR.a.text },
      b: { label: 'B', text: 'x'.repeat(MAX_ACCOUNT_CHARS + 1) },
      ranges: [],
    })
    await openAt(long)
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The second account in this link is longer than Parallax compares (2,000,000 characters).',
    )
  })

  it('tells which passages no longer fit their text, and highlights the rest', async () => {
    const good = rangeOf('a', GRAIN)
    await openAt(`#b1.test-pair@1.a${good.start}-${good.end}~${good.check}.a0-5~zzzz.b9000-9010.e`)
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent(/first account no longer matches/)
    expect(alert).toHaveTextContent(/past the end of the second account/)
    await waitFor(() => expect(highlighted()).toEqual(['a1']))
  })
})

describe('opening a comparison file', () => {
  it('opens the file picked in the compose view, highlights included', async () => {
    const user = userEvent.setup()
    const file = toComparisonFile({
      kind: 'pasted',
      a: { label: 'Ministry', text: PAIR.a.text },
      b: { label: 'Envoy', text: PAIR.b.text },
      ranges: [rangeOf('a', GRAIN)],
    })
    window.location.hash = '#/new'
    renderWithProviders(<App />, compute)
    const input = screen.getByLabelText('Open comparison file')
    await user.upload(input, new File([file], 'talks.json', { type: 'application/json' }))
    await screen.findByRole('region', { name: 'Ministry' }, { timeout: 5000 })
    expect(window.location.hash).toBe('#/file')
    await waitFor(() => expect(highlighted()).toEqual(['a1']))
  })

  it('speaks of a file, not a link, and refuses an empty account as links do', async () => {
    const user = userEvent.setup()
    const file = JSON.stringify({
      format: 'parallax-comparison',
      version: 1,
      a: { label: 'Ministry', text: PAIR.a.text },
      b: { label: 'Envoy', text: '' },
      highlights: ['a0-'],
      focus: 7,
    })
    window.location.hash = '#/new'
    renderWithProviders(<App />, compute)
    const input = screen.getByLabelText('Open comparison file')
    await user.upload(input, new File([file], 'talks.json', { type: 'application/json' }))
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
    expect(alert).toHaveTextContent(
      'The second account in this comparison file is empty, so there is nothing to compare.',
    )
    expect(alert).toHaveTextContent('The built-in example is shown instead.')
    expect(alert).not.toHaveTextContent(/link/)
  })
})
