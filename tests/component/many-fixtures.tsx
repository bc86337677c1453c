import { render, screen } from '@testing-library/react'
import { App } from '../../src/app/app'
import { Providers } from '../../src/app/providers'
import { createQueryClient } from '../../src/app/query-client'
import { compareAccounts, compareMany } from '../../src/core'
import { createDraftStore, type DraftStorage } from '../../src/lib/draft-store'
import { DRAFT_META_KEY, currentTextKey } from '../../src/lib/draft-format'
import type { DraftAccount } from '../../src/lib/drafts'
import { THREE_ACCOUNTS } from '../fixtures/three-accounts'
import { memoryStorage } from './fixtures'

/** The app at `hash` with the real core for pairs and for sets, and drafts in `storage`. */
export function renderManyApp(hash: string, storage: DraftStorage = memoryStorage()) {
  window.location.hash = hash
  const drafts = createDraftStore(storage)
  const view = render(
    <Providers
      client={createQueryClient({ retry: false })}
      compute={(a, b, options) => compareAccounts(a, b, options)}
      computeMany={(accounts, options) => compareMany(accounts, options)}
      drafts={drafts}
    >
      <App />
    </Providers>,
  )
  return { ...view, drafts, storage }
}

const account = (label: string, text: string): DraftAccount => ({
  label,
  text,
  source: '',
  date: '',
})

/** A storage holding a draft of the three test accounts, as the compose view saves it. */
export function storedThree() {
  const [a, b, c] = THREE_ACCOUNTS.map((x) => account(x.label, x.text))
  const details = (x: DraftAccount) => ({ label: x.label, source: x.source, date: x.date })
  return memoryStorage({
    [currentTextKey('a')]: a!.text,
    [currentTextKey('b')]: b!.text,
    [currentTextKey('c')]: c!.text,
    [DRAFT_META_KEY]: JSON.stringify({
      version: 3,
      save: 'test',
      current: { a: details(a!), b: details(b!), more: [details(c!)], origin: 'reader' },
      kept: [],
    }),
  })
}

/** The draft's set compared at #/compare: resolves once the claims table is on screen. */
export async function openThree() {
  const view = renderManyApp('#/compare', storedThree())
  const table = await screen.findByRole('table', { name: 'Claims by account' }, { timeout: 5000 })
  return { ...view, table }
}
