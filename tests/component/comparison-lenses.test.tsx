import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ComparisonView } from '../../src/components/comparison-view'
import type { CompareOptions, Comparison } from '../../src/core'
import type { AccountPair } from '../../src/data/pair'
import { PAIR, fixtureComparison, renderWithProviders } from './fixtures'

afterEach(() => vi.useRealTimers())

/** The fixture comparison as the core returns it under a custom lens. */
function customComparison(keywords: string[]): Comparison {
  const base = fixtureComparison()
  const label = `Custom: ${keywords.join(', ')}`
  return {
    ...base,
    focus: 'custom',
    focusLabel: label,
    topics: [{ id: 'custom', label, a: 1, b: 0 }, ...base.topics],
  }
}

const compute = vi.fn((_a: unknown, _b: unknown, options: CompareOptions) =>
  options.focus === 'custom'
    ? customComparison(options.keywords ?? [])
    : fixtureComparison(options.focus),
)

describe('lenses', () => {
  it('re-runs the comparison with the reader’s own keywords', async () => {
    const user = userEvent.setup()
    renderWithProviders(<ComparisonView pair={PAIR} />, compute)
    const focus = await screen.findByRole('combobox', { name: 'Focus' })
    await user.selectOptions(focus, 'custom')
    const keywords = screen.getByRole('textbox', { name: 'Custom lens keywords' })
    expect(keywords).toHaveFocus()
    await user.type(keywords, 'grain, Geneva , grain,,fishing rights')
    await user.click(screen.getByRole('button', { name: 'Apply' }))
    expect(compute).toHaveBeenLastCalledWith(
      PAIR.a,
      PAIR.b,
      expect.objectContaining({ focus: 'custom', keywords: ['grain', 'Geneva', 'fishing rights'] }),
      expect.anything(),
    )
    await vi.waitFor(() =>
      expect(within(focus).getByRole('option', { name: /Custom…/ })).toHaveTextContent('(1 · 0)'),
    )
    expect(focus).toHaveValue('custom')

    // Back to a topic: the keywords box goes, the topic lens runs.
    await user.selectOptions(focus, 'trade')
    expect(screen.queryByRole('textbox', { name: 'Custom lens keywords' })).not.toBeInTheDocument()
    expect(compute).toHaveBeenLastCalledWith(
      PAIR.a,
      PAIR.b,
      expect.objectContaining({ focus: 'trade' }),
      expect.anything(),
    )
  })

  it('asks for a keyword instead of running an empty custom lens', async () => {
    const user = userEvent.setup()
    renderWithProviders(<ComparisonView pair={PAIR} />, compute)
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Focus' }), 'custom')
    compute.mockClear()
    await user.click(screen.getByRole('button', { name: 'Apply' }))
    expect(screen.getByRole('alert')).toHaveTextContent('Type at least one keyword')
    expect(compute).not.toHaveBeenCalled()
  })

  it('passes no focus for a pair that has none, so the core proposes one', async () => {
    const own: AccountPair = { ...PAIR, focus: undefined }
    renderWithProviders(<ComparisonView pair={own} />, compute)
    expect(await screen.findByRole('combobox', { name: 'Focus' })).toHaveValue('prisoners')
    const options = compute.mock.lastCall![2]
    expect(options).not.toHaveProperty('focus')
    expect(options).toMatchObject({ budgetMs: 5000 })
  })

  it('says plainly when the topic lexicons do not cover a language', async () => {
    const note = 'Topics and claims are read in English only; these accounts are in Russian.'
    const result = { ...fixtureComparison(), language: { a: 'ru', b: 'ru', covered: false, note } }
    renderWithProviders(<ComparisonView pair={PAIR} />, () => result)
    expect(await screen.findByRole('note')).toHaveTextContent(note)
    expect(
      screen.getByRole('region', { name: PAIR.a.label }).querySelector('[lang="ru"]'),
    ).not.toBeNull()
  })

  it('says when the result is approximate because the time budget ran out', async () => {
    renderWithProviders(<ComparisonView pair={PAIR} />, () => ({
      ...fixtureComparison(),
      approximate: true,
    }))
    expect(
      await screen.findByText(
        /This result is approximate: the analysis ran out of its time budget/,
      ),
    ).toBeInTheDocument()
  })

  it('shows a progress bar once a run takes longer than 300 ms', async () => {
    vi.useFakeTimers()
    let report: (done: number) => void = () => {}
    renderWithProviders(<ComparisonView pair={PAIR} />, (_a, _b, options) => {
      report = options.onProgress ?? report
      return new Promise<Comparison>(() => {})
    })
    await act(() => vi.advanceTimersByTimeAsync(100))
    expect(screen.getByRole('status')).toHaveTextContent('Comparing…')
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument()
    await act(() => vi.advanceTimersByTimeAsync(250))
    act(() => report(0.42))
    expect(screen.getByRole('progressbar', { name: 'Comparison progress' })).toHaveAttribute(
      'aria-valuenow',
      '42',
    )
  })
})
