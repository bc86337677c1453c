import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ENVOY, MINISTRY } from './fixtures'
import { announced, passage, renderComparison, settle } from './navigation-fixtures'

/** The segment ids a pane shows, in order, and the stubs standing in for the rest. */
function shownIn(label: string) {
  const pane = screen.getByRole('region', { name: label })
  return {
    passages: [...pane.querySelectorAll<HTMLElement>('[data-segment]')].map(
      (el) => el.dataset.segment,
    ),
    stubs: within(pane)
      .queryAllByRole('button', { name: /^Show \d+ passages?$/ })
      .map((b) => b.textContent),
  }
}

const listed = () =>
  within(screen.getByRole('navigation', { name: 'Divergences' }))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.text-sm')?.textContent)

describe('filters', () => {
  it('"Only divergences" folds every passage no divergence names into stubs', async () => {
    const user = userEvent.setup()
    await renderComparison()
    await user.click(screen.getByRole('checkbox', { name: 'Only divergences' }))
    await settle(() => {
      expect(shownIn(MINISTRY)).toEqual({ passages: ['a1', 'a2'], stubs: ['Show 1 passage'] })
      expect(shownIn(ENVOY)).toEqual({
        passages: ['b1'],
        stubs: ['Show 1 passage', 'Show 1 passage'],
      })
    })
    // The list is not filtered by this one.
    expect(listed()).toEqual(['Prisoners — exchanges', 'Trade — grain'])

    await user.click(screen.getByRole('checkbox', { name: 'Only divergences' }))
    await settle(() => expect(shownIn(ENVOY).passages).toEqual(['b0', 'b1', 'b2']))
    expect(shownIn(ENVOY).stubs).toEqual([])
  })

  it('"Only the focus topic" folds the other passages and lists the focus topic\'s divergences only', async () => {
    const user = userEvent.setup()
    await renderComparison()
    await user.click(screen.getByRole('checkbox', { name: 'Only the focus topic' }))
    await settle(() => {
      // a0 and a1 are consecutive: one stub for both.
      expect(shownIn(MINISTRY)).toEqual({ passages: ['a2'], stubs: ['Show 2 passages'] })
      expect(shownIn(ENVOY)).toEqual({
        passages: ['b1'],
        stubs: ['Show 1 passage', 'Show 1 passage'],
      })
    })
    expect(listed()).toEqual(['Prisoners — exchanges'])
    expect(screen.getByRole('navigation', { name: 'Divergences' })).toHaveTextContent('(1 of 2)')

    // Stepping follows the filtered list.
    await user.keyboard('j')
    await settle(() => expect(passage('a2')).toHaveFocus())
    expect(announced()).toContain('Divergence 1 of 1: Prisoners — exchanges, contradicts.')
    await user.keyboard('j')
    expect(announced()).toContain('Last divergence: this is 1 of 1.')
  })

  it('unfolds a stub from the keyboard, keeping the passages as they were, and focuses the first', async () => {
    const user = userEvent.setup()
    await renderComparison()
    await user.click(screen.getByRole('checkbox', { name: 'Only the focus topic' }))
    const stub = await within(screen.getByRole('region', { name: MINISTRY })).findByRole('button', {
      name: 'Show 2 passages',
    })
    stub.focus()
    await user.keyboard('{Enter}')
    await settle(() =>
      expect(shownIn(MINISTRY)).toEqual({ passages: ['a0', 'a1', 'a2'], stubs: [] }),
    )
    expect(passage('a1')).toHaveAttribute('data-alignment', 'only-here')
    expect(passage('a0')).toHaveTextContent('The ministers met in Geneva for two hours.')
    await settle(() => expect(passage('a0')).toHaveFocus())
    // The other pane keeps its stubs.
    await settle(() => expect(shownIn(ENVOY).stubs).toHaveLength(2))
  })

  it('both filters together show the intersection, and say so when a pane is left with nothing', async () => {
    const user = userEvent.setup()
    await renderComparison()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Focus' }), 'trade')
    await settle(() => expect(listed()[0]).toBe('Trade — grain'))
    await user.click(screen.getByRole('checkbox', { name: 'Only the focus topic' }))
    await user.click(screen.getByRole('checkbox', { name: 'Only divergences' }))
    await settle(() => {
      expect(shownIn(ENVOY)).toEqual({ passages: [], stubs: ['Show 3 passages'] })
      expect(shownIn(MINISTRY)).toEqual({
        passages: ['a1'],
        stubs: ['Show 1 passage', 'Show 1 passage'],
      })
    })
    const envoy = screen.getByRole('region', { name: ENVOY })
    expect(envoy).toHaveTextContent(
      'No passage in this account is both on the focus topic and part of a divergence.',
    )
    expect(listed()).toEqual(['Trade — grain'])
  })

  it('unfolds the passages of a divergence stepped to, even where a filter folded them', async () => {
    const user = userEvent.setup()
    // The prisoners divergence is on the focus topic, but its second passage carries no topic.
    await renderComparison((c) => ({
      ...c,
      segments: { a: c.segments.a, b: c.segments.b.map((s) => ({ ...s, topics: [] })) },
    }))
    await user.click(screen.getByRole('checkbox', { name: 'Only the focus topic' }))
    await settle(() => expect(shownIn(ENVOY).stubs).toEqual(['Show 3 passages']))
    await user.keyboard('j')
    await settle(() => expect(shownIn(ENVOY).passages).toEqual(['b1']))
    await settle(() => expect(passage('a2')).toHaveFocus())
    expect(shownIn(ENVOY).stubs).toEqual(['Show 1 passage', 'Show 1 passage'])
  })
})
