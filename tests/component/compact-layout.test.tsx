import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ComparisonView } from '../../src/components/comparison-view'
import type { Comparison } from '../../src/core'
import { ENVOY, MINISTRY, PAIR, fixtureComparison, renderWithProviders } from './fixtures'

let comparison: Comparison
const compute = vi.fn(() => comparison)

/** A window `width` pixels wide, as matchMedia answers it. */
function windowOf(width: number) {
  vi.stubGlobal('matchMedia', (query: string) => {
    const max = /max-width:\s*(\d+)px/.exec(query)
    return {
      matches: max ? width <= Number(max[1]) : false,
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }
  })
}

async function renderView() {
  renderWithProviders(<ComparisonView pair={PAIR} />, compute)
  await screen.findAllByText(/met in Geneva/)
}

beforeEach(() => {
  comparison = fixtureComparison()
  window.localStorage.clear()
  Element.prototype.scrollIntoView = vi.fn()
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '')
  }
})

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('below 900px', () => {
  it('leads with the title and the divergences; the controls fold into one bar', async () => {
    windowOf(390)
    await renderView()
    const bar = screen.getByRole('navigation', { name: 'Reading controls' })
    expect(within(bar).getByRole('button', { name: /^Focus/ })).toBeInTheDocument()
    for (const name of ['View', 'Previous divergence', 'Next divergence']) {
      expect(within(bar).getByRole('button', { name })).toBeInTheDocument()
    }
    // Nothing of the wide toolbar is on the page: no second Focus, no layout switch, no filters.
    expect(screen.queryByRole('combobox', { name: 'Focus' })).not.toBeInTheDocument()
    expect(screen.queryByRole('radio', { name: 'Inline' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Download report' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: /Read the accounts/ })).toBeInTheDocument()
    // The sources are a tap away.
    expect(screen.getByText('Who said what, and where it was published')).toBeInTheDocument()
  })

  it('the focus chip opens the lens picker, and View the rest', async () => {
    windowOf(390)
    await renderView()
    const bar = screen.getByRole('navigation', { name: 'Reading controls' })
    await userEvent.click(within(bar).getByRole('button', { name: /^Focus/ }))
    const picker = screen.getByRole('dialog', { name: 'Focus' })
    expect(within(picker).getByRole('combobox', { name: 'Focus' })).toBeInTheDocument()
    await userEvent.click(within(picker).getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('dialog', { name: 'Focus' })).not.toBeInTheDocument()

    await userEvent.click(within(bar).getByRole('button', { name: 'View' }))
    const view = screen.getByRole('dialog', { name: 'View' })
    await userEvent.click(within(view).getByRole('radio', { name: 'Inline' }))
    expect(
      screen.getByRole('region', { name: `${MINISTRY} and ${ENVOY}, inline` }),
    ).toBeInTheDocument()
    for (const [role, name] of [
      ['checkbox', 'Only divergences'],
      ['combobox', 'Theme'],
      ['button', 'Download report'],
      ['button', 'Embed'],
    ] as const) {
      expect(within(view).getByRole(role, { name })).toBeInTheDocument()
    }
  })

  it('from 900px the wide toolbar stays, with Download report and Embed in the header', async () => {
    windowOf(1280)
    await renderView()
    expect(screen.queryByRole('navigation', { name: 'Reading controls' })).not.toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Focus' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Download report' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Embed' })).toBeInTheDocument()
    expect(screen.getAllByRole('button', { name: 'Save as image' })).toHaveLength(
      comparison.divergences.length,
    )
  })
})
