import { act, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ComparisonView } from '../../src/components/comparison-view'
import type { CompareOptions } from '../../src/core'
import { MINISTRY, PAIR, fixtureComparison, renderWithProviders } from './fixtures'

const compute = vi.fn((_a: unknown, _b: unknown, options: CompareOptions) =>
  fixtureComparison(options.focus),
)

const passage = (id: string) => document.querySelector<HTMLElement>(`[data-segment="${id}"]`)!
const toolsIn = (id: string) => passage(id).querySelector('[data-passage-tools]')

beforeEach(() => {
  Element.prototype.scrollIntoView = vi.fn()
})

describe('passage tools', () => {
  it('go to the passage the reader went to last, by pointer or by keyboard', async () => {
    const user = userEvent.setup()
    renderWithProviders(<ComparisonView pair={PAIR} />, compute)
    await screen.findByRole('region', { name: MINISTRY })
    await user.hover(passage('a0'))
    expect(toolsIn('a0')).not.toBeNull()
    // The pointer rests on a0 (where a tool was clicked, say); the keyboard goes to b1.
    act(() => passage('b1').focus())
    expect(toolsIn('b1')).not.toBeNull()
    expect(toolsIn('a0')).toBeNull()
    // The pointer moving again takes them back.
    await user.hover(passage('a2'))
    expect(toolsIn('a2')).not.toBeNull()
  })
})
