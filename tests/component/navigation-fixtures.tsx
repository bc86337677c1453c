import { screen } from '@testing-library/react'
import { vi } from 'vitest'
import { ComparisonView } from '../../src/components/comparison-view'
import type { CompareOptions, Comparison } from '../../src/core'
import { MINISTRY, PAIR, fixtureComparison, renderWithProviders } from './fixtures'

/** The passage element with this segment id. */
export function passage(id: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-segment="${id}"]`)
  if (!el) throw new Error(`no passage ${id}`)
  return el
}

/**
 * Waits for the panes to settle: after a filter changes, jsdom (which sees no viewport) renders the
 * chunks again one per task, and on a loaded machine that can take longer than vi.waitFor's second.
 */
export const settle = (check: () => void) => vi.waitFor(check, { timeout: 5000 })

/** What the polite live regions say now. */
export const announced = () => screen.getAllByRole('status').map((el) => el.textContent)

/** Renders the comparison view over the fixture pair; `adjust` may change the fixture comparison. */
export async function renderComparison(adjust: (c: Comparison) => Comparison = (c) => c) {
  // jsdom neither lays out nor observes sizes: record scrolls, and give observers nothing to see.
  Element.prototype.scrollIntoView = vi.fn()
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  const compute = vi.fn((_a: unknown, _b: unknown, options: CompareOptions) =>
    adjust(fixtureComparison(options.focus)),
  )
  renderWithProviders(<ComparisonView pair={PAIR} />, compute)
  await screen.findByRole('region', { name: MINISTRY })
  return compute
}
