import { act, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ComparisonView } from '../../src/components/comparison-view'
import type { CompareOptions } from '../../src/core'
import { MINISTRY, PAIR, fixtureComparison, renderWithProviders } from './fixtures'

const compute = vi.fn((_a: unknown, _b: unknown, options: CompareOptions) =>
  fixtureComparison(options.focus),
)

beforeEach(() => {
  Element.prototype.scrollIntoView = vi.fn()
})

describe('About this passage', () => {
  it('opens the note of a contradicting passage, and Esc closes it', async () => {
    const user = userEvent.setup()
    renderWithProviders(<ComparisonView pair={PAIR} />, compute)
    await screen.findByRole('region', { name: MINISTRY })
    const passage = document.querySelector<HTMLElement>('[data-segment="b1"]')!
    act(() => passage.focus())
    const about = await screen.findByRole('button', { name: 'About this passage' })
    await user.click(about)
    expect(screen.getByRole('note')).toBeInTheDocument()
    expect(about).toHaveAttribute('aria-expanded', 'true')
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('note')).toBeNull()
    expect(about).toHaveAttribute('aria-expanded', 'false')
  })
})
