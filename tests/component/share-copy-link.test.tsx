import { act, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ComparisonView } from '../../src/components/comparison-view'
import { decodeLink } from '../../src/core'
import { selectionOffsets } from '../../src/lib/selection-offsets'
import { MINISTRY, PAIR, fixtureComparison, renderWithProviders } from './fixtures'

const textNode = (selector: string) => document.querySelector(selector)!.firstChild!

/** Selects from one point to another, as a drag would, and lets the selection settle. */
async function select(start: [Node, number], end: [Node, number]) {
  const range = document.createRange()
  range.setStart(...start)
  range.setEnd(...end)
  const selection = document.getSelection()!
  selection.removeAllRanges()
  selection.addRange(range)
  act(() => void document.dispatchEvent(new Event('selectionchange')))
  return range
}

// Generous waits: under a loaded machine the settle delay and the encoding take their time.
const WAIT = { timeout: 5000 }
const shareLink = async () =>
  ((await screen.findByRole('textbox', { name: 'Share link' }, WAIT)) as HTMLInputElement).value
const copyLinkButton = () => screen.findByRole('button', { name: 'Copy link' }, WAIT)

beforeEach(async () => {
  // jsdom does not lay out: give ranges a place on screen so the button has somewhere to go.
  Range.prototype.getClientRects = () => [new DOMRect(100, 100, 80, 20)] as unknown as DOMRectList
  Range.prototype.getBoundingClientRect = () => new DOMRect(100, 100, 80, 20)
  Element.prototype.scrollIntoView = vi.fn()
  renderWithProviders(<ComparisonView pair={PAIR} />, () => fixtureComparison())
  await screen.findByRole('region', { name: MINISTRY }, { timeout: 5000 })
})
afterEach(() => {
  document.getSelection()?.removeAllRanges()
  window.history.replaceState(null, '', '/')
})

describe('Copy link by a selection', () => {
  it('maps a selection in a rendered passage to offsets in the account text, labels left out', async () => {
    // a0 is "The ministers met in Geneva for two hours." with jsdiff marks; its label is visually hidden.
    const label = textNode('[data-segment="a0"] .sr-only')
    const marked = textNode('[data-segment="a0"] mark:last-of-type')
    const range = await select([label, 1], [marked, 8])
    const span = selectionOffsets(range)!
    expect(span.side).toBe('a')
    expect(PAIR.a.text.slice(span.start, span.end)).toBe('The ministers met in Geneva for two')
  })

  it('shows "Copy link" by the selection; the link highlights exactly the words selected', async () => {
    const user = userEvent.setup()
    const grain = textNode('[data-segment="a1"] [data-offset]')
    await select([grain, 5], [grain, 21])
    await user.click(await copyLinkButton())
    expect(screen.getByRole('dialog', { name: 'Share this passage' })).toBeInTheDocument()
    const decoded = await decodeLink(await shareLink())
    const start = PAIR.a.text.indexOf('agreed to extend')
    expect(decoded.ok && decoded.value.ranges).toEqual([
      expect.objectContaining({ side: 'a', start, end: start + 'agreed to extend'.length }),
    ])
  })

  it('adds a passage on the other side when Shift is held, for one link to both', async () => {
    const user = userEvent.setup()
    const grain = textNode('[data-segment="a1"] [data-offset]')
    await select([grain, 0], [grain, 10])
    await user.click(await copyLinkButton())
    await user.keyboard('{Escape}')
    const fishing = textNode('[data-segment="b2"] [data-offset]')
    await select([fishing, 0], [fishing, 7])
    await user.keyboard('{Shift>}')
    await user.click(await copyLinkButton())
    await user.keyboard('{/Shift}')
    expect(screen.getByRole('dialog', { name: 'Share these 2 passages' })).toBeInTheDocument()
    const decoded = await decodeLink(await shareLink())
    expect(decoded.ok && decoded.value.ranges.map((r) => r.side)).toEqual(['a', 'b'])
  })

  it('offers no button for a selection across both accounts', async () => {
    const a = textNode('[data-segment="a1"] [data-offset]')
    const b = textNode('[data-segment="b2"] [data-offset]')
    await select([a, 0], [b, 5])
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(screen.queryByRole('button', { name: 'Copy link' })).toBeNull()
  })
})
