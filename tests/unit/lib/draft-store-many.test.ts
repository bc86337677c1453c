// @vitest-environment node
/** Drafts of three to five accounts: each added account's text under its own key, its details in the header. */
import { describe, expect, it } from 'vitest'
import { DRAFT_META_KEY, currentTextKey, readDrafts } from '../../../src/lib/draft-format'
import { createDraftStore, type DraftStorage } from '../../../src/lib/draft-store'
import { withAccounts, type Draft, type DraftAccount } from '../../../src/lib/drafts'

const account = (text: string, label = ''): DraftAccount => ({ text, label, source: '', date: '' })
const three: Draft = {
  a: account('The ministry says talks resume.', 'Ministry'),
  b: account('The council says talks resume.', 'Council'),
  more: [
    { ...account('The mediators say no talks are planned.', 'Mediators'), date: '2025-05-04' },
  ],
  origin: 'reader',
}

/** localStorage as a Map. */
function memoryStorage() {
  const items = new Map<string, string>()
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    key: (index: number) => [...items.keys()][index] ?? null,
    get length() {
      return items.size
    },
  }
}

const keysOf = (storage: DraftStorage) =>
  Array.from({ length: storage.length ?? 0 }, (_, i) => storage.key?.(i) ?? '')
const stored = (storage: DraftStorage) =>
  readDrafts({ get: (key) => storage.getItem(key), keys: () => keysOf(storage) })

describe('drafts of more than two accounts', () => {
  it('keep the added accounts’ texts under keys of their own and their details in the header', () => {
    const storage = memoryStorage()
    const store = createDraftStore(storage)
    store.edit(() => three)
    store.flush()
    expect(storage.items.get(currentTextKey('c'))).toBe(three.more![0]!.text)
    const header = JSON.parse(storage.items.get(DRAFT_META_KEY)!) as { current: Draft }
    expect(header.current.more).toEqual([{ label: 'Mediators', source: '', date: '2025-05-04' }])
    expect(createDraftStore(storage).getState().current).toEqual(three)
  })

  it('store a draft of two exactly as before: no key or field for added accounts', () => {
    const storage = memoryStorage()
    const store = createDraftStore(storage)
    store.edit(() => ({ a: three.a, b: three.b }))
    store.flush()
    expect(keysOf(storage).some((key) => /:current:[c-e]$/.test(key))).toBe(false)
    expect(storage.items.get(DRAFT_META_KEY)).not.toMatch(/"more"/)
  })

  it('drop a removed account’s text', () => {
    const storage = memoryStorage()
    const store = createDraftStore(storage)
    store.edit(() => three)
    store.flush()
    store.edit((d) => withAccounts([d.a, d.b]))
    store.flush()
    expect(storage.items.has(currentTextKey('c'))).toBe(false)
    expect(createDraftStore(storage).getState().current.more).toBeUndefined()
  })

  it('come back from their texts when the header is lost, details lost', () => {
    const storage = memoryStorage()
    const store = createDraftStore(storage)
    store.edit(() => three)
    store.flush()
    storage.items.delete(DRAFT_META_KEY)
    const read = stored(storage)
    expect(read.drafts?.current.more?.map((a) => a.text)).toEqual([three.more![0]!.text])
    expect(read.lost).toEqual(['details'])
  })

  it('say so when an added account’s text is missing', () => {
    const storage = memoryStorage()
    const store = createDraftStore(storage)
    store.edit(() => three)
    store.flush()
    storage.items.delete(currentTextKey('c'))
    const read = stored(storage)
    expect(read.lost).toEqual(['text-more'])
    expect(read.drafts?.current.more).toEqual([{ ...three.more![0]!, text: '' }])
  })

  it('are kept whole among the earlier drafts, and their keys go when the entry goes', () => {
    const storage = memoryStorage()
    const store = createDraftStore(storage)
    store.edit(() => three)
    store.replace({ a: account('example a'), b: account('example b'), origin: 'example' })
    store.flush()
    const kept = createDraftStore(storage).getState().kept
    expect(kept.map((entry) => entry.draft.more?.[0]?.label)).toEqual(['Mediators'])
    const keptKeys = keysOf(storage).filter((key) => key.includes(':kept:'))
    expect(keptKeys.some((key) => key.endsWith(':c'))).toBe(true)
    store.restore()
    store.flush()
    // The example was not the reader's: restoring the kept draft leaves nothing else to keep.
    expect(keysOf(storage).filter((key) => key.includes(':kept:'))).toEqual([])
    expect(store.getState().current).toEqual(three)
  })
})
