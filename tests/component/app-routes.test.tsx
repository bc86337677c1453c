import { act, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../src/app/app'
import { parseRoute } from '../../src/app/routes'
import { fixtureComparison, renderWithProviders } from './fixtures'

afterEach(() => {
  window.location.hash = ''
  vi.unstubAllGlobals()
})

describe('routes', () => {
  it('opens the built-in comparison with no fragment or #/', () => {
    expect(parseRoute('')).toEqual({ name: 'comparison' })
    expect(parseRoute('#/')).toEqual({ name: 'comparison' })
    expect(parseRoute('#/new')).toEqual({ name: 'compose' })
    expect(parseRoute('#/compare')).toEqual({ name: 'draft-comparison' })
    expect(parseRoute('#/nowhere')).toEqual({ name: 'not-found', hash: '#/nowhere' })
  })

  it('takes a link whose dots were percent-encoded, once or more, as a link', () => {
    for (const hash of ['#p1%2EXdDB%2Ee', '#b1%252e2025-07-03-putin-trump@1%252ee', '#p1.XdDB.e']) {
      expect(parseRoute(hash)).toEqual({ name: 'link', hash })
    }
    expect(parseRoute('#p1%2')).toEqual({ name: 'not-found', hash: '#p1%2' })
  })

  it('follows hash changes', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>(() => {})),
    )
    renderWithProviders(<App />, () => fixtureComparison())
    expect(await screen.findByRole('status')).toHaveTextContent('Loading…')
    act(() => {
      window.location.hash = '#/nowhere'
      window.dispatchEvent(new HashChangeEvent('hashchange'))
    })
    expect(screen.getByRole('heading', { name: 'Nothing here' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /built-in comparison/ })).toHaveAttribute('href', '#/')
  })
})
