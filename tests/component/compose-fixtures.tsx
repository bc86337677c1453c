import { act, screen } from '@testing-library/react'
import { App } from '../../src/app/app'
import { compareAccounts } from '../../src/core'
import { createDraftStore, type DraftStorage } from '../../src/lib/draft-store'
import { readDrafts } from '../../src/lib/draft-format'
import { type Draft } from '../../src/lib/drafts'
import { memoryStorage, renderWithProviders } from './fixtures'

// Two short accounts written for these tests: a ministry statement and a minister's remarks.
export const STATEMENT =
  'The ministers met in Vienna for three hours.\n\nThey agreed on a prisoner exchange before the end of the month.'
export const REMARKS =
  'We met in Vienna today.\n\nThere was no progress on the prisoner exchange.\n\nWe also raised the detained journalists.'

export const draftOf = (a: string, b: string, labels = ['', '']): Draft => ({
  a: { text: a, label: labels[0]!, source: '', date: '' },
  b: { text: b, label: labels[1]!, source: '', date: '' },
  origin: 'reader',
})

export const storedValue = (current: Draft, aside: Draft | null = null) =>
  JSON.stringify({ version: 1, current, aside })

/** Goes to a route the way the browser does: set the fragment, then fire hashchange. */
export function goTo(hash: string) {
  act(() => {
    window.location.hash = hash
    window.dispatchEvent(new HashChangeEvent('hashchange'))
  })
}

/** The app at `hash` (`#/new`), with drafts kept in `storage` (a Map unless given) and the real core. */
export function renderCompose(storage: DraftStorage | null = memoryStorage(), hash = '#/new') {
  window.location.hash = hash
  const drafts = createDraftStore(storage)
  const view = renderWithProviders(
    <App />,
    (a, b, options) => compareAccounts(a, b, options),
    drafts,
  )
  return { ...view, drafts, storage }
}

export const box = (name: string) => screen.getByRole('textbox', { name })
export const compareButton = () => screen.getByRole('button', { name: 'Compare' })

/** The draft as saved in a memory storage, read the way the app reads it (null when none or unreadable). */
export function savedDraft(storage: DraftStorage) {
  const keys = () => Array.from({ length: storage.length ?? 0 }, (_, i) => storage.key?.(i) ?? '')
  return readDrafts({ get: (key) => storage.getItem(key), keys }).drafts
}
