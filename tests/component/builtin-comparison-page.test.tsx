import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { BuiltinComparisonPage } from '../../src/app/builtin-comparison-page'
import { PAIR, fixtureComparison, renderWithProviders } from './fixtures'

// A manifest and texts in the shape of public/accounts/*, serving the test pair.
const MANIFEST = {
  id: 'test-pair',
  revision: 1,
  title: PAIR.title,
  date: PAIR.date,
  focus: PAIR.focus,
  summary: PAIR.summary,
  accounts: [
    { side: 'a', label: PAIR.a.label, file: 'a.txt', speaker: 'Spokesperson', source: 'Test A' },
    { side: 'b', label: PAIR.b.label, file: 'b.txt', speaker: 'Envoy', source: 'Test B' },
  ],
}

function serveAccounts(url: string): Response {
  if (url.endsWith('/manifest.json')) return Response.json(MANIFEST)
  if (url.endsWith('/a.txt')) return new Response(PAIR.a.text)
  if (url.endsWith('/b.txt')) return new Response(PAIR.b.text)
  return new Response('not found', { status: 404 })
}

const compute = () => fixtureComparison()

afterEach(() => vi.unstubAllGlobals())

describe('built-in comparison page', () => {
  it('says it is loading while the accounts are fetched', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>(() => {})),
    )
    renderWithProviders(<BuiltinComparisonPage />, compute)
    expect(await screen.findByRole('status')).toHaveTextContent('Loading…')
  })

  it('fetches the manifest relative to the document, then both texts, and compares them', async () => {
    const fetch = vi.fn(async (url: string) => serveAccounts(url))
    vi.stubGlobal('fetch', fetch)
    renderWithProviders(<BuiltinComparisonPage />, compute)
    await screen.findByRole('region', { name: PAIR.a.label })
    expect(screen.getByRole('region', { name: PAIR.b.label })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(PAIR.title)
    expect(fetch.mock.calls.map(([url]) => url)).toEqual([
      new URL('accounts/2025-07-03-putin-trump/manifest.json', document.baseURI).href,
      new URL('accounts/2025-07-03-putin-trump/a.txt', document.baseURI).href,
      new URL('accounts/2025-07-03-putin-trump/b.txt', document.baseURI).href,
    ])
  })

  it('shows an alert when the accounts fail to load, and Retry loads them again', async () => {
    const user = userEvent.setup()
    const fetch = vi.fn(async (url: string) => serveAccounts(url))
    fetch.mockResolvedValueOnce(new Response('server down', { status: 503 }))
    vi.stubGlobal('fetch', fetch)
    renderWithProviders(<BuiltinComparisonPage />, compute)

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(/could not load/i)
    expect(alert).toHaveTextContent('503')
    expect(screen.queryByRole('region')).not.toBeInTheDocument()

    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('region', { name: PAIR.a.label })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(fetch).toHaveBeenCalledTimes(4)
  })
})
