import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DRAFT_META_KEY, currentTextKey } from '../../src/lib/draft-format'
import { createDraftStore } from '../../src/lib/draft-store'
import { DRAFT_KEY_V1, DRAFT_META_KEY_V2, draftTextKeyV2 } from '../../src/lib/draft-format-legacy'
import {
  REMARKS,
  STATEMENT,
  box,
  draftOf,
  renderCompose,
  savedDraft,
  storedValue,
} from './compose-fixtures'
import { memoryStorage } from './fixtures'

// The built-in pair as public/accounts serves it, in miniature.
const MANIFEST = {
  id: 'example',
  revision: 1,
  title: 'Example talks',
  date: '2025-07-03',
  focus: 'prisoners',
  summary: '',
  accounts: [
    { side: 'a', label: 'Readout', file: 'a.txt', speaker: '', source: '' },
    { side: 'b', label: 'Remarks', file: 'b.txt', speaker: '', source: '' },
  ],
}
const EXAMPLE_A = 'The leaders spoke for an hour.'
const EXAMPLE_B = 'We had a call. It was a long call.'

function serveExample() {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      if (url.endsWith('/manifest.json')) return Response.json(MANIFEST)
      if (url.endsWith('/a.txt')) return new Response(EXAMPLE_A)
      if (url.endsWith('/b.txt')) return new Response(EXAMPLE_B)
      return new Response('not found', { status: 404 })
    }),
  )
}

const paste = (name: string, text: string) =>
  fireEvent.change(box(name), { target: { value: text } })

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
  window.location.hash = ''
})

describe('drafts', () => {
  it('saves the draft half a second after the last change, and brings it back after a reload', () => {
    vi.useFakeTimers()
    const storage = memoryStorage()
    const first = renderCompose(storage)
    paste('First account', STATEMENT)
    fireEvent.change(box('First account label'), { target: { value: 'Ministry' } })
    fireEvent.change(screen.getByLabelText('Second account date'), {
      target: { value: '2025-06-10' },
    })
    act(() => {
      vi.advanceTimersByTime(400)
    })
    expect(storage.getItem(DRAFT_META_KEY)).toBeNull() // still typing: not yet
    act(() => {
      vi.advanceTimersByTime(200)
    })
    expect(savedDraft(storage)?.current.a).toEqual({
      text: STATEMENT,
      label: 'Ministry',
      source: '',
      date: '',
    })
    first.unmount()

    renderCompose(storage) // a reload: a new store over the same storage
    expect(box('First account')).toHaveValue(STATEMENT)
    expect(box('First account label')).toHaveValue('Ministry')
    expect(screen.getByLabelText('Second account date')).toHaveValue('2025-06-10')
  })

  it('loads the example without losing the draft: it is kept aside, and Restore draft brings it back', async () => {
    serveExample()
    const user = userEvent.setup()
    const storage = memoryStorage({
      [DRAFT_KEY_V1]: storedValue(draftOf(STATEMENT, REMARKS, ['Mine', ''])),
    })
    const { drafts } = renderCompose(storage)
    await user.click(screen.getByRole('button', { name: 'Load example' }))
    await waitFor(() => expect(box('First account')).toHaveValue(EXAMPLE_A))
    expect(box('Second account')).toHaveValue(EXAMPLE_B)
    expect(box('First account label')).toHaveValue('Readout')
    expect(screen.getByRole('status')).toHaveTextContent('your draft is kept')
    act(() => drafts.flush())
    expect(savedDraft(storage)?.kept[0]?.draft.a.text).toBe(STATEMENT) // kept across a reload too

    // Loading the example again does not push the example over the kept draft.
    await user.click(screen.getByRole('button', { name: 'Load example' }))
    await user.click(screen.getByRole('button', { name: 'Restore draft' }))
    expect(box('First account')).toHaveValue(STATEMENT)
    expect(box('First account label')).toHaveValue('Mine')
    expect(screen.queryByRole('button', { name: 'Restore draft' })).not.toBeInTheDocument()
  })

  it('loads the example straight into an empty draft, with nothing to restore', async () => {
    serveExample()
    const user = userEvent.setup()
    renderCompose()
    await user.click(screen.getByRole('button', { name: 'Load example' }))
    await waitFor(() => expect(box('First account')).toHaveValue(EXAMPLE_A))
    expect(screen.queryByRole('button', { name: 'Restore draft' })).not.toBeInTheDocument()
  })

  it('says drafts cannot be saved when storage is full, and keeps working', async () => {
    vi.useFakeTimers()
    renderCompose(memoryStorage({}, { full: true }))
    paste('First account', STATEMENT)
    act(() => {
      vi.advanceTimersByTime(600)
    })
    expect(screen.getByRole('alert')).toHaveTextContent('Drafts cannot be saved in this browser')
    paste('Second account', REMARKS)
    expect(box('Second account')).toHaveValue(REMARKS)
    expect(screen.getByRole('button', { name: 'Compare' })).toBeEnabled()
  })

  it('says drafts cannot be saved when storage is turned off', () => {
    renderCompose(null)
    expect(screen.getByRole('alert')).toHaveTextContent('storage is full or turned off')
    paste('First account', STATEMENT)
    expect(box('First account')).toHaveValue(STATEMENT)
  })

  it('ignores a corrupt stored draft with a notice, instead of failing', async () => {
    const user = userEvent.setup()
    for (const raw of [
      '{"version":1,"current":{"a":',
      '{"version":1,"current":{"a":{"text":4}}}',
      '"hello"',
      '{"version":9}',
    ]) {
      const view = renderCompose(memoryStorage({ [DRAFT_KEY_V1]: raw }))
      expect(screen.getByRole('alert')).toHaveTextContent('A saved draft could not be read')
      expect(box('First account')).toHaveValue('')
      view.unmount()
    }
    renderCompose(memoryStorage({ [DRAFT_KEY_V1]: '{' }))
    await user.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('tells the second tab that the draft changed in another tab, and lets the reader choose', async () => {
    const user = userEvent.setup()
    const storage = memoryStorage()
    const { drafts } = renderCompose(storage)
    paste('First account', 'What I typed in this tab.')
    const otherTab = createDraftStore(storage)
    otherTab.edit(() => draftOf(STATEMENT, REMARKS))
    otherTab.flush()
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: DRAFT_META_KEY }))
    })
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('Your draft was changed in another tab')
    expect(box('First account')).toHaveValue('What I typed in this tab.') // not overwritten
    act(() => drafts.flush())
    expect(savedDraft(storage)?.current.a.text).toBe(STATEMENT) // nor did this tab overwrite it

    await user.click(screen.getByRole('button', { name: 'Load the other tab’s draft' }))
    expect(box('First account')).toHaveValue(STATEMENT)
    expect(box('Second account')).toHaveValue(REMARKS)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('Keep mine saves this tab’s draft over the other tab’s', async () => {
    const user = userEvent.setup()
    const storage = memoryStorage()
    renderCompose(storage)
    paste('First account', 'Mine.')
    const otherTab = createDraftStore(storage)
    otherTab.edit(() => draftOf(STATEMENT, REMARKS))
    otherTab.flush()
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: DRAFT_META_KEY }))
    })
    await user.click(screen.getByRole('button', { name: 'Keep mine' }))
    expect(box('First account')).toHaveValue('Mine.')
    expect(savedDraft(storage)?.current.a.text).toBe('Mine.')
  })

  it('a damaged draft header brings the intact texts back, and never overwrites them unseen', () => {
    vi.useFakeTimers()
    const layouts = [
      [DRAFT_META_KEY, currentTextKey('a'), currentTextKey('b')],
      [DRAFT_META_KEY_V2, draftTextKeyV2('current', 'a'), draftTextKeyV2('current', 'b')],
    ]
    for (const [header, keyA, keyB] of layouts) {
      const storage = memoryStorage({
        [header!]: '{"version":2,"current":{"a":{"lab', // cut short
        [keyA!]: STATEMENT,
        [keyB!]: REMARKS,
      })
      const view = renderCompose(storage)
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Part of your saved draft could not be read. Everything else is back; lost: labels, sources and dates.',
      )
      expect(box('First account')).toHaveValue(STATEMENT)
      expect(box('Second account')).toHaveValue(REMARKS)
      fireEvent.change(box('First account'), { target: { value: `${STATEMENT}!` } })
      act(() => {
        vi.advanceTimersByTime(600)
      })
      const stored = [...storage.items.values()]
      expect(stored).toContain(`${STATEMENT}!`)
      expect(stored).toContain(REMARKS) // the second text, intact, was not overwritten
      expect(savedDraft(storage)?.current.b.text).toBe(REMARKS)
      view.unmount()
    }
  })

  it('says at once, before any typing, that drafts cannot be saved, and offers Download my texts', async () => {
    const blobs: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob)
      return 'blob:drafts'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    const user = userEvent.setup()
    renderCompose(memoryStorage({}, { full: true }))
    expect(screen.getByRole('alert')).toHaveTextContent('Drafts cannot be saved in this browser')
    paste('First account', STATEMENT)
    paste('Second account', REMARKS)
    await user.click(screen.getByRole('button', { name: 'Download my texts' }))
    expect(blobs).toHaveLength(1)
    const text = await blobs[0]!.text()
    expect(text).toContain(STATEMENT)
    expect(text).toContain(REMARKS)
  })

  it('offers Download my texts when storage is turned off, and asks before the page is left', () => {
    renderCompose(null)
    expect(screen.getByRole('button', { name: 'Download my texts' })).toBeInTheDocument()
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true })
      window.dispatchEvent(event)
      return event.defaultPrevented
    }
    expect(leave()).toBe(false) // nothing typed: nothing to lose
    paste('First account', STATEMENT)
    expect(leave()).toBe(true)
  })

  it('lists every earlier draft with its first words, and restores the one chosen', async () => {
    serveExample()
    const user = userEvent.setup()
    const { drafts } = renderCompose()
    for (const text of ['The first draft of mine.', 'The second draft of mine.']) {
      paste('First account', text)
      await user.click(screen.getByRole('button', { name: 'Load example' }))
      await waitFor(() => expect(box('First account')).toHaveValue(EXAMPLE_A))
    }
    await user.click(screen.getByText('Earlier drafts (2)'))
    const restore = screen.getAllByRole('button', { name: /^Restore .*draft of mine/ })
    expect(restore.map((b) => b.textContent)).toEqual(['Restore', 'Restore'])
    expect(restore[0]).toHaveAccessibleName(/“The second draft of mine\.”$/)
    await user.click(screen.getByRole('button', { name: /“The first draft of mine\.”/ }))
    expect(box('First account')).toHaveValue('The first draft of mine.')
    // The example on screen was not the reader's: only the other draft is left.
    expect(drafts.getState().kept.map((e) => e.draft.a.text)).toEqual(['The second draft of mine.'])
    expect(screen.getByText('Earlier drafts (1)')).toBeInTheDocument()
  })
})
