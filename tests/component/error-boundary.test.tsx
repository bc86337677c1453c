import { QueryClient } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ErrorBoundary } from '../../src/app/error-boundary'
import { Providers } from '../../src/app/providers'
import { compareAccounts } from '../../src/core'
import { BUILTIN_PAIR_ID, builtinPairQuery } from '../../src/data/builtin-pair'
import type { AccountPair } from '../../src/data/pair'
import { createDraftStore } from '../../src/lib/draft-store'
import { DRAFT_KEY_V1 } from '../../src/lib/draft-format-legacy'
import { REMARKS, STATEMENT, draftOf, storedValue } from './compose-fixtures'
import { memoryStorage } from './fixtures'

function Broken(): never {
  throw new Error('passage 7 has no text')
}

const PAIR: AccountPair = {
  id: BUILTIN_PAIR_ID,
  title: 'Talks in Vienna',
  summary: '',
  a: { label: 'Readout', text: 'The sides met for three hours.', speaker: '', source: '' },
  b: { label: 'Remarks', text: 'We met. Nothing was agreed.', speaker: '', source: '' },
}

/** The boundary around a view that throws while rendering, with a saved draft and a loaded pair. */
function renderCrash(client = new QueryClient()) {
  const storage = memoryStorage({
    [DRAFT_KEY_V1]: storedValue(draftOf(STATEMENT, REMARKS, ['Ministry', ''])),
  })
  render(
    <Providers client={client} compute={compareAccounts} drafts={createDraftStore(storage)}>
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>
    </Providers>,
  )
}

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
}

beforeEach(() => {
  // React and the boundary log the caught error; that is expected here.
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
})

afterEach(() => {
  vi.restoreAllMocks()
  Reflect.deleteProperty(navigator, 'clipboard')
  window.location.hash = ''
})

describe('a crashed view', () => {
  it('says what happened in an alert, and offers Copy my texts and Retry', () => {
    renderCrash()
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('passage 7 has no text')
    expect(screen.getByRole('button', { name: 'Copy my texts' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument()
  })

  it('copies the draft to the clipboard', async () => {
    const user = userEvent.setup() // before the stub: user-event installs a clipboard of its own
    const writeText = vi.fn(async (_text: string) => undefined)
    stubClipboard(writeText)
    renderCrash()
    await user.click(screen.getByRole('button', { name: 'Copy my texts' }))
    expect(writeText).toHaveBeenCalledTimes(1)
    const copied = writeText.mock.calls[0]![0]
    expect(copied).toContain(STATEMENT)
    expect(copied).toContain(REMARKS)
    expect(copied).toContain('First account: Ministry')
    expect(screen.getByRole('alert')).toHaveTextContent('Copied')
  })

  it('adds the pair on screen when the crash was in a comparison', async () => {
    const user = userEvent.setup() // before the stub: user-event installs a clipboard of its own
    const writeText = vi.fn(async (_text: string) => undefined)
    stubClipboard(writeText)
    const client = new QueryClient()
    client.setQueryData(builtinPairQuery().queryKey, PAIR)
    window.location.hash = '#/'
    renderCrash(client)
    await user.click(screen.getByRole('button', { name: 'Copy my texts' }))
    const copied = writeText.mock.calls[0]![0]
    expect(copied).toContain(STATEMENT)
    expect(copied).toContain('Talks in Vienna')
    expect(copied).toContain(PAIR.a.text)
    expect(copied).toContain(PAIR.b.text)
  })

  it('shows the texts in a read-only box when the clipboard is refused', async () => {
    const user = userEvent.setup()
    stubClipboard(() => Promise.reject(new DOMException('Not allowed', 'NotAllowedError')))
    renderCrash()
    await user.click(screen.getByRole('button', { name: 'Copy my texts' }))
    const box = await screen.findByRole('textbox')
    expect(box).toHaveAttribute('readonly')
    expect((box as HTMLTextAreaElement).value).toContain(STATEMENT)
    expect(screen.getByRole('alert')).toContainElement(box)
    await waitFor(() => expect((box as HTMLTextAreaElement).selectionEnd).toBeGreaterThan(0))
  })
})
