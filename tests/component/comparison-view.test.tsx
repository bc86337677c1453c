import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ComparisonView } from '../../src/components/comparison-view'
import type { CompareOptions } from '../../src/core'
import { ENVOY, MINISTRY, PAIR, fixtureComparison, renderWithProviders } from './fixtures'

const compute = vi.fn((_a: unknown, _b: unknown, options: CompareOptions) =>
  fixtureComparison(options.focus),
)

function passage(id: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-segment="${id}"]`)
  if (!el) throw new Error(`no passage ${id}`)
  return el
}

async function renderView() {
  renderWithProviders(<ComparisonView pair={PAIR} />, compute)
  await screen.findByRole('region', { name: MINISTRY })
}

beforeEach(() => {
  compute.mockClear()
  // jsdom does not lay out, so it has no scrollIntoView; record the calls instead.
  Element.prototype.scrollIntoView = vi.fn()
})

afterEach(() => vi.useRealTimers())

describe('comparison view', () => {
  it('names each pane after its account and keeps the passages in their pane', async () => {
    await renderView()
    const ministry = screen.getByRole('region', { name: MINISTRY })
    const envoy = screen.getByRole('region', { name: ENVOY })
    // The words sit in a text run inside the passage: the passage is their nearest [data-segment].
    const grain = within(ministry)
      .getByText(/grain corridor/)
      .closest('[data-segment]')
    const fishing = within(envoy)
      .getByText(/fishing rights/)
      .closest('[data-segment]')
    expect(grain).toHaveAttribute('data-segment', 'a1')
    expect(fishing).toHaveAttribute('data-segment', 'b2')
  })

  it('marks each passage with its alignment and counterparts', async () => {
    await renderView()
    expect(passage('b1')).toHaveAttribute('data-alignment', 'contradicts')
    expect(passage('b1')).toHaveAttribute('data-counterparts', 'a2')
    expect(passage('a1')).toHaveAttribute('data-alignment', 'only-here')
    expect(passage('a1')).toHaveAttribute('data-counterparts', '')
    expect(passage('a2')).toHaveTextContent(`contradicts ${ENVOY}`)
    expect(passage('a1')).toHaveTextContent(`only in ${MINISTRY}`)
  })

  it('marks the words jsdiff found changed, slicing them from the account text', async () => {
    await renderView()
    const marks = [...passage('a0').querySelectorAll('mark')].map((m) => m.textContent)
    expect(marks).toEqual(['The ministers', ' for two hours.'])
    expect(passage('a0')).toHaveTextContent('The ministers met in Geneva for two hours.')
  })

  it('lights up the counterpart while a passage is hovered or focused', async () => {
    const user = userEvent.setup()
    await renderView()
    expect(passage('a2')).not.toHaveAttribute('data-lit')
    await user.hover(passage('b1'))
    expect(passage('a2')).toHaveAttribute('data-lit')
    expect(passage('a0')).not.toHaveAttribute('data-lit')
    await user.unhover(passage('b1'))
    expect(passage('a2')).not.toHaveAttribute('data-lit')

    act(() => passage('a0').focus())
    expect(passage('b0')).toHaveAttribute('data-lit')
  })

  it('lists the divergences in the given order, each quoting both sides', async () => {
    await renderView()
    const nav = screen.getByRole('navigation', { name: 'Divergences' })
    const items = within(nav).getAllByRole('listitem')
    expect(items).toHaveLength(2)
    expect(items[0]).toHaveTextContent('Prisoners — exchanges')
    expect(items[0]).toHaveTextContent('Contradicts')
    expect(items[0]).toHaveTextContent('reported progress on prisoner exchanges')
    expect(items[0]).toHaveTextContent('no progress on prisoners')
    const quotes = [...items[0]!.querySelectorAll('q')].map((q) => q.textContent)
    expect(quotes).toEqual(['reported progress on prisoner exchanges', 'no progress on prisoners'])
    expect(items[1]).toHaveTextContent(`Only in ${MINISTRY}`)
  })

  it('scrolls both panes to a divergence, flashes its passages and focuses the first', async () => {
    const user = userEvent.setup()
    await renderView()
    const nav = screen.getByRole('navigation', { name: 'Divergences' })
    await user.click(within(nav).getAllByRole('button')[0]!)

    const scrolled = vi.mocked(Element.prototype.scrollIntoView).mock.contexts
    expect(scrolled).toContain(passage('a2'))
    expect(scrolled).toContain(passage('b1'))
    expect(passage('a2')).toHaveFocus()
    expect(passage('a2')).toHaveAttribute('data-flash')
    expect(passage('b1')).toHaveAttribute('data-flash')
  })

  it('offers the topics as focus lenses and re-runs the comparison on the chosen one', async () => {
    const user = userEvent.setup()
    await renderView()
    const focus = screen.getByRole('combobox', { name: 'Focus' })
    expect(focus).toHaveValue('prisoners')
    const options = within(focus).getAllByRole('option')
    expect(options.map((o) => o.textContent)).toEqual([
      'Prisoners — exchanges (1 · 1)',
      'Trade — grain (1 · 0)',
      'Custom…',
    ])
    expect(compute).toHaveBeenLastCalledWith(
      PAIR.a,
      PAIR.b,
      expect.objectContaining({ focus: 'prisoners', budgetMs: 5000 }),
      expect.anything(),
    )

    await user.selectOptions(focus, 'trade')
    expect(compute).toHaveBeenLastCalledWith(
      PAIR.a,
      PAIR.b,
      expect.objectContaining({ focus: 'trade' }),
      expect.anything(),
    )
    const nav = screen.getByRole('navigation', { name: 'Divergences' })
    await vi.waitFor(() =>
      expect(within(nav).getAllByRole('listitem')[0]).toHaveTextContent('Trade — grain'),
    )
    expect(screen.getByRole('combobox', { name: 'Focus' })).toHaveValue('trade')
  })

  it('sets off the passages on the focus topic', async () => {
    await renderView()
    expect(passage('a2')).toHaveAttribute('data-focus-topic')
    expect(passage('a1')).not.toHaveAttribute('data-focus-topic')
  })
})
