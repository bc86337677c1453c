import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { DRAFT_KEY_V1 } from '../../src/lib/draft-format-legacy'
import {
  REMARKS,
  STATEMENT,
  box,
  compareButton,
  draftOf,
  renderCompose,
  savedDraft,
  storedValue,
} from './compose-fixtures'
import { memoryStorage } from './fixtures'

afterEach(() => {
  window.location.hash = ''
})

/** Sets a box's value in one event, as a paste does (typing 2 MB key by key would take minutes). */
const paste = (name: string, text: string) =>
  fireEvent.change(box(name), { target: { value: text } })

describe('compose view', () => {
  it('has the named boxes, label defaults and the three actions', () => {
    renderCompose()
    expect(box('First account')).toBeInTheDocument()
    expect(box('Second account')).toBeInTheDocument()
    expect(box('First account label')).toHaveAttribute('placeholder', 'Account A')
    expect(box('Second account label')).toHaveAttribute('placeholder', 'Account B')
    expect(box('First account source URL')).toBeInTheDocument()
    expect(screen.getByLabelText('Second account date')).toBeInTheDocument()
    for (const name of ['Compare', 'Swap', 'Load example']) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument()
    }
  })

  it('says at the box that an account is empty and keeps Compare disabled until both have text', async () => {
    const user = userEvent.setup()
    const { drafts } = renderCompose()
    expect(compareButton()).toBeDisabled()
    await user.type(box('First account'), 'The ministers met.')
    expect(box('First account')).not.toHaveAccessibleDescription()
    expect(box('Second account')).toHaveAccessibleDescription(/second account is empty/)
    expect(compareButton()).toBeDisabled()
    await user.type(box('Second account'), '   ')
    expect(box('Second account')).toHaveAccessibleDescription(/second account is empty/)
    await user.type(box('Second account'), 'We met.')
    expect(compareButton()).toBeEnabled()
    expect(drafts.getState().current.a.text).toBe('The ministers met.') // the draft survives
  })

  it('refuses an account over 2 MB at its box, without losing the text', () => {
    const { drafts } = renderCompose()
    paste('First account', STATEMENT)
    const huge = 'The talks went on. '.repeat(105_264) // 2,000,016 characters
    paste('Second account', huge)
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('over the 2 MB limit (2,000,000 characters)')
    expect(box('Second account')).toHaveAccessibleDescription(/2 MB limit/)
    expect(box('Second account')).toHaveAttribute('aria-invalid', 'true')
    expect(compareButton()).toBeDisabled()
    expect(drafts.getState().current.b.text).toBe(huge)
    // One character fewer than the limit and it is fine again.
    paste('Second account', huge.slice(0, 2_000_000))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(compareButton()).toBeEnabled()
  })

  it('swaps the two accounts with their labels, sources and dates', async () => {
    const user = userEvent.setup()
    renderCompose()
    paste('First account', STATEMENT)
    paste('Second account', REMARKS)
    await user.type(box('First account label'), 'Ministry')
    await user.type(box('Second account source URL'), 'https://example.org/remarks')
    await user.click(screen.getByRole('button', { name: 'Swap' }))
    expect(box('First account')).toHaveValue(REMARKS)
    expect(box('Second account')).toHaveValue(STATEMENT)
    expect(box('Second account label')).toHaveValue('Ministry')
    expect(box('First account label')).toHaveValue('')
    expect(box('First account source URL')).toHaveValue('https://example.org/remarks')
  })

  it('opens the comparison of the draft, saved first so a reload finds it', async () => {
    const user = userEvent.setup()
    const storage = memoryStorage()
    renderCompose(storage)
    paste('First account', STATEMENT)
    paste('Second account', REMARKS)
    await user.type(box('First account label'), 'Ministry')
    await user.click(compareButton())
    expect(window.location.hash).toBe('#/compare')
    expect(savedDraft(storage)?.current.a.text).toBe(STATEMENT)
    expect(await screen.findByRole('region', { name: 'Ministry' })).toBeInTheDocument()
    // An empty label falls back to the default.
    expect(screen.getByRole('region', { name: 'Account B' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Edit accounts' })).toHaveAttribute('href', '#/new')
  })

  it('sets each box’s direction from its text, so Arabic and Hebrew read right to left', () => {
    renderCompose()
    paste('First account', 'שלום, הפגישה הייתה ארוכה.')
    paste('Second account', '«Переговоры» прошли в Вене 🇦🇹.')
    expect(box('First account')).toHaveAttribute('dir', 'rtl')
    expect(box('Second account')).toHaveAttribute('dir', 'ltr')
  })

  it('links a source only when it is http or https, and says so otherwise', async () => {
    const user = userEvent.setup()
    renderCompose(memoryStorage({ [DRAFT_KEY_V1]: storedValue(draftOf(STATEMENT, REMARKS)) }))
    await user.type(box('First account source URL'), 'javascript:alert(1)')
    expect(box('First account source URL')).toHaveAccessibleDescription(/http:\/\/ or https:\/\//)
    await user.click(compareButton())
    // The comparison page replaces the compose view as a transition: wait for its header.
    const header = await waitFor(() => {
      const h = screen.getByRole('heading', { level: 1 }).closest('header')!
      expect(h).toHaveTextContent('javascript:alert(1)')
      return h
    })
    expect(within(header).queryByRole('link', { name: /javascript/ })).not.toBeInTheDocument()
  })

  it('keeps working when the comparison route is opened with nothing to compare', () => {
    renderCompose()
    act(() => {
      window.location.hash = '#/compare'
      window.dispatchEvent(new HashChangeEvent('hashchange'))
    })
    expect(screen.getByRole('heading', { name: 'Nothing to compare yet' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /Write or paste/ })).toHaveAttribute('href', '#/new')
  })
})
