import { fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { MEDIATORS, MEDIATORS_TEXT, MINISTRY_TEXT } from '../fixtures/three-accounts'
import { box, compareButton, renderCompose, savedDraft } from './compose-fixtures'
import { renderManyApp } from './many-fixtures'

afterEach(() => {
  window.location.hash = ''
})

const button = (name: string) => screen.getByRole('button', { name })
const paste = (name: string, text: string) =>
  fireEvent.change(box(name), { target: { value: text } })

describe('composing more than two accounts', () => {
  it('adds a third account below the second, named as the contract says, with its own fields', async () => {
    const user = userEvent.setup()
    renderCompose()
    expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull()
    await user.click(button('Add an account'))
    expect(box('Third account')).toHaveFocus()
    expect(box('Third account label')).toHaveAttribute('placeholder', 'Account C')
    expect(box('Third account source URL')).toBeInTheDocument()
    expect(screen.getByLabelText('Third account date')).toBeInTheDocument()
    // Three accounts: each can move or go; Swap (of two) gives way to the moves.
    expect(button('Move down, first account')).toBeInTheDocument()
    expect(button('Move up, third account')).toBeInTheDocument()
    expect(button('Remove, second account')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Move up, first account' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Swap' })).toBeNull()
  })

  it('takes up to five accounts', async () => {
    const user = userEvent.setup()
    renderCompose()
    for (let i = 0; i < 3; i++) await user.click(button('Add an account'))
    expect(box('Fifth account')).toHaveFocus()
    expect(box('Fifth account label')).toHaveAttribute('placeholder', 'Account E')
    expect(screen.queryByRole('button', { name: 'Add an account' })).toBeNull()
  })

  it('moves an account, the focus going with it, and says where it went', async () => {
    const user = userEvent.setup()
    renderCompose()
    await user.click(button('Add an account'))
    paste('Third account', MEDIATORS_TEXT)
    paste('Third account label', MEDIATORS)
    await user.click(button('Move up, third account'))
    expect(box('Second account')).toHaveValue(MEDIATORS_TEXT)
    expect(box('Second account label')).toHaveValue(MEDIATORS)
    expect(box('Third account')).toHaveValue('')
    expect(button('Move up, second account')).toHaveFocus()
    expect(screen.getByRole('status')).toHaveTextContent(
      'Third account moved up: it is now the second.',
    )
  })

  it('removes an account, and Undo puts it back where it was', async () => {
    const user = userEvent.setup()
    const { storage } = renderCompose()
    paste('First account', MINISTRY_TEXT)
    await user.click(button('Add an account'))
    paste('Third account', MEDIATORS_TEXT)
    await user.click(button('Remove, first account'))
    expect(box('Second account')).toHaveValue(MEDIATORS_TEXT)
    expect(screen.queryByRole('textbox', { name: 'Third account' })).toBeNull()
    expect(screen.getByRole('status')).toHaveTextContent('First account removed.')
    await user.click(button('Undo'))
    expect(box('First account')).toHaveValue(MINISTRY_TEXT)
    expect(box('Third account')).toHaveValue(MEDIATORS_TEXT)
    expect(box('First account')).toHaveFocus()
    await waitFor(() => expect(savedDraft(storage!)?.current.more?.[0]?.text).toBe(MEDIATORS_TEXT))
  })

  it('compares only when every account has text, then shows the claims table', async () => {
    const user = userEvent.setup()
    renderManyApp('#/new')
    paste('First account', 'The ministers met in Vienna on Tuesday.')
    paste('Second account', 'We met in Vienna today.')
    await user.click(button('Add an account'))
    expect(compareButton()).toBeDisabled()
    expect(screen.getByText('Fill in every account to compare them.')).toBeInTheDocument()
    paste('Third account', 'The mediators met both sides in Vienna.')
    await user.click(compareButton())
    expect(
      await screen.findByRole('table', { name: 'Claims by account' }, { timeout: 5000 }),
    ).toBeInTheDocument()
    expect(window.location.hash).toBe('#/compare')
  })
})
