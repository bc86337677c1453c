import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ComparisonView } from '../../src/components/comparison-view'
import { compareAccounts } from '../../src/core'
import type { CompareOptions, Comparison } from '../../src/core'
import { PAIR, fixtureComparison, renderWithProviders } from './fixtures'

describe('comparison states', () => {
  it('says it is comparing until the result arrives', async () => {
    renderWithProviders(<ComparisonView pair={PAIR} />, () => new Promise<Comparison>(() => {}))
    expect(await screen.findByRole('status')).toHaveTextContent('Comparing…')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(PAIR.title)
  })

  it('shows an alert when the comparison fails, and Retry runs it again', async () => {
    const user = userEvent.setup()
    const compute = vi.fn((_a: unknown, _b: unknown, options: CompareOptions) =>
      fixtureComparison(options.focus),
    )
    compute.mockImplementationOnce(() => {
      throw new Error('segmenter exploded')
    })
    renderWithProviders(<ComparisonView pair={PAIR} />, compute)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('segmenter exploded')
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('region', { name: PAIR.a.label })).toBeInTheDocument()
  })

  it('renders the real core’s result so that each pane reads as its account', async () => {
    renderWithProviders(<ComparisonView pair={PAIR} />, compareAccounts)
    for (const account of [PAIR.a, PAIR.b]) {
      const pane = await screen.findByRole('region', { name: account.label })
      const passages = [...pane.querySelectorAll<HTMLElement>('[data-segment]')]
      expect(passages.length).toBeGreaterThan(0)
      for (const p of passages) {
        expect(['shared', 'reworded', 'contradicts', 'only-here']).toContain(p.dataset.alignment)
      }
      // Word marks and hidden labels aside, the passages spell out the account, word for word.
      const reading = passages.map((p) => {
        const copy = p.cloneNode(true) as HTMLElement
        copy.querySelectorAll('.sr-only, [aria-hidden="true"]').forEach((el) => el.remove())
        return copy.textContent
      })
      const words = (s: string) => s.split(/\s+/).filter(Boolean)
      expect(words(reading.join(' '))).toEqual(words(account.text))
    }
  })
})

describe('stopping a long comparison', () => {
  it('offers Stop once the run takes a while; Stop aborts it, Compare again reruns it', async () => {
    const user = userEvent.setup()
    const signals: AbortSignal[] = []
    const compute = vi.fn(
      (_a: unknown, _b: unknown, _o: CompareOptions, signal?: AbortSignal) =>
        new Promise<Comparison>(() => void signals.push(signal!)),
    )
    renderWithProviders(<ComparisonView pair={PAIR} />, compute)
    await user.click(await screen.findByRole('button', { name: 'Stop' }, { timeout: 2000 }))
    expect(signals[0]!.aborted).toBe(true)
    expect(screen.getByRole('status')).toHaveTextContent('Comparison stopped.')
    await user.click(screen.getByRole('button', { name: 'Compare again' }))
    expect(compute).toHaveBeenCalledTimes(2)
    expect(await screen.findByRole('status')).toHaveTextContent('Comparing…')
  })
})
