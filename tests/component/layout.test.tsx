import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ComparisonView } from '../../src/components/comparison-view'
import { createPassageHighlights } from '../../src/components/passage-highlights'
import type { Comparison } from '../../src/core'
import { ENVOY, MINISTRY, PAIR, fixtureComparison, renderWithProviders } from './fixtures'

const INLINE = `${MINISTRY} and ${ENVOY}, inline`
let comparison: Comparison
const compute = vi.fn(() => comparison)

async function renderView() {
  const view = renderWithProviders(<ComparisonView pair={PAIR} />, compute)
  await screen.findAllByText(/met in Geneva/)
  return view
}

const passageIds = (root: HTMLElement) =>
  [...root.querySelectorAll<HTMLElement>('[data-segment]')].map((el) => el.dataset.segment)

beforeEach(() => {
  comparison = fixtureComparison()
  window.localStorage.clear()
  Element.prototype.scrollIntoView = vi.fn()
})

afterEach(() => vi.restoreAllMocks())

describe('layouts', () => {
  it('opens side by side, with the panes and no inline view', async () => {
    await renderView()
    expect(screen.getByRole('radio', { name: 'Side by side' })).toBeChecked()
    expect(screen.getByRole('region', { name: MINISTRY })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: ENVOY })).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: INLINE })).not.toBeInTheDocument()
  })

  it('interleaves the accounts inline, keeping every passage attribute and word mark', async () => {
    await renderView()
    await userEvent.click(screen.getByRole('radio', { name: 'Inline' }))
    const inline = screen.getByRole('region', { name: INLINE })
    expect(screen.queryByRole('region', { name: MINISTRY })).not.toBeInTheDocument()
    expect(passageIds(inline)).toEqual(['a0', 'b0', 'a1', 'a2', 'b1', 'b2'])
    const b1 = inline.querySelector('[data-segment="b1"]')
    expect(b1).toHaveAttribute('data-alignment', 'contradicts')
    expect(b1).toHaveAttribute('data-counterparts', 'a2')
    expect(b1).toHaveTextContent(`contradicts ${MINISTRY}`)
    const marks = [...inline.querySelectorAll('[data-segment="a0"] mark')].map((m) => m.textContent)
    expect(marks).toEqual(['The ministers', ' for two hours.'])
    // Each run of passages says whose account it is.
    expect(within(inline).getAllByText(ENVOY).length).toBeGreaterThan(0)
  })

  it('leaves out what the filters fold, and says how much', async () => {
    await renderView()
    await userEvent.click(screen.getByRole('radio', { name: 'Inline' }))
    await userEvent.click(screen.getByRole('checkbox', { name: 'Only divergences' }))
    const inline = screen.getByRole('region', { name: INLINE })
    // Only the passages some divergence quotes: a1 (grain), a2 and b1 (prisoners).
    expect(passageIds(inline)).toEqual(['a1', 'a2', 'b1'])
    expect(inline).toHaveTextContent('The filters leave out 3 of 6 passages')
  })

  it('lights a counterpart in the inline view too', async () => {
    await renderView()
    await userEvent.click(screen.getByRole('radio', { name: 'Inline' }))
    const inline = screen.getByRole('region', { name: INLINE })
    await userEvent.hover(within(inline).getByText('There was no progress on prisoners.'))
    expect(inline.querySelector('[data-segment="a2"]')).toHaveAttribute('data-lit')
  })

  it('remembers the layout chosen', async () => {
    const first = await renderView()
    await userEvent.click(screen.getByRole('radio', { name: 'Inline' }))
    first.unmount()
    await renderView()
    expect(screen.getByRole('radio', { name: 'Inline' })).toBeChecked()
    expect(screen.getByRole('region', { name: INLINE })).toBeInTheDocument()
  })

  it('still switches layout when storage is off', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    await renderView()
    await userEvent.click(screen.getByRole('radio', { name: 'Inline' }))
    expect(screen.getByRole('region', { name: INLINE })).toBeInTheDocument()
    await userEvent.click(screen.getByRole('radio', { name: 'Side by side' }))
    expect(screen.getByRole('region', { name: MINISTRY })).toBeInTheDocument()
  })

  it('offers both accounts or one alone where the panes stack', async () => {
    await renderView()
    const show = screen.getByRole('group', { name: 'Show' })
    expect(within(show).getByRole('radio', { name: 'Both' })).toBeChecked()
    await userEvent.click(within(show).getByRole('radio', { name: ENVOY }))
    expect(within(show).getByRole('radio', { name: ENVOY })).toBeChecked()
    // jsdom has no media queries: the hidden pane is the one whose slot hides below 900px.
    const slotOf = (name: string) => screen.getByRole('region', { name }).parentElement!
    expect(slotOf(MINISTRY).className).toContain('max-[899px]:hidden')
    expect(slotOf(ENVOY).className).not.toContain('hidden')
  })

  it('shows both accounts again for a jump to a divergence', async () => {
    await renderView()
    const show = screen.getByRole('group', { name: 'Show' })
    await userEvent.click(within(show).getByRole('radio', { name: ENVOY }))
    const divergences = screen.getByRole('navigation', { name: 'Divergences' })
    await userEvent.click(within(divergences).getAllByRole('button')[0]!)
    expect(within(show).getByRole('radio', { name: 'Both' })).toBeChecked()
    expect(screen.getByRole('region', { name: MINISTRY }).parentElement!.className).not.toContain(
      'hidden',
    )
  })
})

describe('synchronized scrolling', () => {
  it('is on by default, and switching it off is remembered', async () => {
    const first = await renderView()
    const sync = screen.getByRole('checkbox', { name: 'Sync scrolling' })
    expect(sync).toBeChecked()
    await userEvent.click(sync)
    expect(sync).not.toBeChecked()
    expect(window.localStorage.getItem('parallax:sync-scroll')).toBe('off')
    first.unmount()
    await renderView()
    expect(screen.getByRole('checkbox', { name: 'Sync scrolling' })).not.toBeChecked()
  })

  it('is not offered in the inline view, which has one column', async () => {
    await renderView()
    await userEvent.click(screen.getByRole('radio', { name: 'Inline' }))
    expect(screen.queryByRole('checkbox', { name: 'Sync scrolling' })).not.toBeInTheDocument()
  })
})

describe('moved passages', () => {
  it('carry a visible cue and say in words that they are told in another order', async () => {
    const [a0, ...rest] = comparison.segments.a
    comparison = {
      ...comparison,
      segments: { ...comparison.segments, a: [{ ...a0!, moved: true }, ...rest] },
    }
    await renderView()
    const moved = document.querySelector('[data-segment="a0"]')!
    expect(moved).toHaveAttribute('data-moved')
    expect(moved).toHaveTextContent(`moved: told in a different order in ${ENVOY}`)
    expect(moved.querySelector('.moved-badge')).toHaveAttribute('aria-hidden', 'true')
    expect(document.querySelector('[data-segment="a1"]')).not.toHaveAttribute('data-moved')
    expect(within(screen.getByRole('list', { name: 'Legend' })).getByText('Moved')).toBeVisible()
  })
})

describe('lit pairs', () => {
  it('tell their listeners which passage is lit and for which counterparts', () => {
    const highlights = createPassageHighlights(() => null)
    highlights.setCounterparts(new Map([['a2', ['b1']]]))
    const heard: [string | null, string[]][] = []
    const stop = highlights.subscribe((source, lit) => heard.push([source, lit]))
    highlights.light('a2')
    highlights.clear()
    stop()
    highlights.light('a2')
    expect(heard).toEqual([
      ['a2', ['b1']],
      [null, []],
    ])
  })
})
