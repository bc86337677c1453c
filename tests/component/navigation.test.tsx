import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { MINISTRY, fixtureComparison } from './fixtures'
import { announced, passage, renderComparison, settle } from './navigation-fixtures'

const FIRST = 'Divergence 1 of 2: Prisoners — exchanges, contradicts.'
const SECOND = `Divergence 2 of 2: Trade — grain, only in ${MINISTRY}.`

/** The divergence items' buttons (each item also has "Save as image"). */
function items() {
  const nav = screen.getByRole('navigation', { name: 'Divergences' })
  return within(nav)
    .getAllByRole('button')
    .filter((button) => button.hasAttribute('data-passages'))
}

describe('stepping through the divergences', () => {
  it('j and k step through the list, mark the current item, focus its passage and say where', async () => {
    const user = userEvent.setup()
    await renderComparison()
    expect(items().filter((b) => b.hasAttribute('aria-current'))).toEqual([])

    await user.keyboard('j')
    await settle(() => expect(passage('a2')).toHaveFocus())
    expect(items()[0]).toHaveAttribute('aria-current', 'true')
    expect(items()[1]).not.toHaveAttribute('aria-current')
    expect(announced()).toContain(FIRST)

    await user.keyboard('j')
    // The grain divergence has passages on the first side only: focus goes there.
    await settle(() => expect(passage('a1')).toHaveFocus())
    expect(items()[1]).toHaveAttribute('aria-current', 'true')
    expect(items()[0]).not.toHaveAttribute('aria-current')
    expect(announced()).toContain(SECOND)

    await user.keyboard('k')
    await settle(() => expect(passage('a2')).toHaveFocus())
    expect(items()[0]).toHaveAttribute('aria-current', 'true')
    expect(announced()).toContain(FIRST)
  })

  it('says so at either end instead of wrapping', async () => {
    const user = userEvent.setup()
    await renderComparison()
    await user.keyboard('jj')
    await settle(() => expect(passage('a1')).toHaveFocus())
    await user.keyboard('j')
    expect(announced()).toContain('Last divergence: this is 2 of 2.')
    expect(items()[1]).toHaveAttribute('aria-current', 'true')
    expect(passage('a1')).toHaveFocus()

    await user.keyboard('k')
    await settle(() => expect(passage('a2')).toHaveFocus())
    await user.keyboard('k')
    expect(announced()).toContain('First divergence: this is 1 of 2.')
    expect(items()[0]).toHaveAttribute('aria-current', 'true')
  })

  it('has buttons for the same steps', async () => {
    const user = userEvent.setup()
    await renderComparison()
    await user.click(screen.getByRole('button', { name: 'Next divergence' }))
    await settle(() => expect(passage('a2')).toHaveFocus())
    await user.click(screen.getByRole('button', { name: 'Next divergence' }))
    await settle(() => expect(passage('a1')).toHaveFocus())
    await user.click(screen.getByRole('button', { name: 'Previous divergence' }))
    await settle(() => expect(passage('a2')).toHaveFocus())
    expect(announced()).toContain(FIRST)
    // Where the reader is shows beside the buttons too.
    expect(screen.getByText(`1 of ${items().length}`)).toBeVisible()
  })

  it('continues from the item the reader picked in the list', async () => {
    const user = userEvent.setup()
    await renderComparison()
    await user.click(items()[1]!)
    await settle(() => expect(passage('a1')).toHaveFocus())
    expect(items()[1]).toHaveAttribute('aria-current', 'true')
    expect(announced()).toContain(SECOND)
    await user.keyboard('k')
    await settle(() => expect(passage('a2')).toHaveFocus())
    expect(items()[0]).toHaveAttribute('aria-current', 'true')
  })

  it('leaves the keys alone while the reader types or holds a modifier', async () => {
    const user = userEvent.setup()
    await renderComparison()
    act(() => screen.getByRole('combobox', { name: 'Focus' }).focus())
    await user.keyboard('j')
    await user.keyboard('{Control>}j{/Control}{Alt>}k{/Alt}')
    act(() => passage('b0').focus())
    await user.keyboard('{Meta>}j{/Meta}')
    expect(items().filter((b) => b.hasAttribute('aria-current'))).toEqual([])
    expect(announced().join('')).not.toContain('Divergence')
    expect(passage('b0')).toHaveFocus()
  })
})

describe('the keyboard shortcuts dialog', () => {
  it('opens on ?, lists every shortcut, closes on Esc and gives focus back', async () => {
    const user = userEvent.setup()
    await renderComparison()
    act(() => passage('b2').focus())
    await user.keyboard('?')
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' })
    const keys = [...dialog.querySelectorAll('kbd')].map((k) => k.textContent)
    expect(keys).toEqual(expect.arrayContaining(['j', 'k', '?', 'Esc', 'Enter']))
    expect(dialog).toHaveTextContent('Next divergence')
    expect(dialog).toHaveTextContent('Previous divergence')
    expect(dialog.contains(document.activeElement)).toBe(true)

    // Keys do not step behind the open dialog.
    await user.keyboard('j')
    expect(items().filter((b) => b.hasAttribute('aria-current'))).toEqual([])

    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull()
    expect(passage('b2')).toHaveFocus()
  })

  it('opens from its button too, and closes with Close', async () => {
    const user = userEvent.setup()
    await renderComparison()
    const opener = screen.getByRole('button', { name: 'Shortcuts' })
    await user.click(opener)
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(opener).toHaveFocus()
  })
})

/** An element's text as a screen reader gets it: without what is hidden from it. */
function spoken(el: HTMLElement): string {
  const copy = el.cloneNode(true) as HTMLElement
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove())
  return copy.textContent ?? ''
}

describe('the legend', () => {
  it('counts the passages of each kind over both accounts, in words a screen reader reads whole', async () => {
    await renderComparison()
    const { a, b } = fixtureComparison().segments
    const count = (alignment: string) =>
      [...a, ...b].filter((s) => s.alignment === alignment).length
    const legend = screen.getByRole('list', { name: 'Legend' })
    const items = within(legend).getAllByRole('listitem').map(spoken)
    for (const [name, alignment] of [
      ['Shared', 'shared'],
      ['Reworded', 'reworded'],
      ['Contradicts', 'contradicts'],
      ['Only here', 'only-here'],
    ] as const) {
      const n = count(alignment)
      expect(items).toContain(`${name}, ${n} ${n === 1 ? 'passage' : 'passages'}`)
    }
  })
})
