// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { DRAFT_META_KEY, draftTextKey, readDrafts } from '../../../src/lib/draft-format'
import { createDraftStore, type DraftStorage } from '../../../src/lib/draft-store'
import { DRAFT_KEY_V1, type Draft } from '../../../src/lib/drafts'

const BIG = 'The ministers met in Vienna. '.repeat(40_000) // about 1 MB

const draft = (a: string, b: string, labelA = ''): Draft => ({
  a: { text: a, label: labelA, source: '', date: '' },
  b: { text: b, label: '', source: '', date: '' },
  origin: 'reader',
})

/** A Map-backed storage that records which keys each save writes; shared by "tabs" like localStorage. */
function recordingStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial))
  const writes: string[] = []
  const storage: Required<DraftStorage> = {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      writes.push(key)
      items.set(key, value)
    },
    removeItem: (key) => void items.delete(key),
  }
  return { storage, items, writes }
}

const stored = (storage: DraftStorage) => readDrafts((key) => storage.getItem(key))

describe('draft storage, version 2', () => {
  it('reads a version 1 draft, and the first save replaces it with version 2', () => {
    const v1 = JSON.stringify({
      version: 1,
      current: draft('first', 'second', 'Mine'),
      aside: null,
    })
    const { storage, items } = recordingStorage({ [DRAFT_KEY_V1]: v1 })
    const store = createDraftStore(storage)
    expect(store.getState().current.a).toMatchObject({ text: 'first', label: 'Mine' })
    store.edit((d) => ({ ...d, b: { ...d.b, text: 'second, edited' } }))
    store.flush()
    expect(items.has(DRAFT_KEY_V1)).toBe(false)
    expect(items.get(draftTextKey('current', 'b'))).toBe('second, edited')
    expect(stored(storage)).toEqual({
      current: draft('first', 'second, edited', 'Mine'),
      aside: null,
    })
  })

  it('writes only what changed: a label edit does not rewrite a 1 MB text', () => {
    const { storage, writes } = recordingStorage()
    const store = createDraftStore(storage)
    store.edit(() => draft(BIG, BIG))
    store.flush()
    writes.length = 0
    store.edit((d) => ({ ...d, a: { ...d.a, label: 'Ministry' } }))
    store.flush()
    expect(writes).toEqual([DRAFT_META_KEY])
    writes.length = 0
    store.edit((d) => ({ ...d, b: { ...d.b, text: `${BIG}More.` } }))
    store.flush()
    expect(writes).toEqual([draftTextKey('current', 'b'), DRAFT_META_KEY])
  })

  it('keeps the draft set aside across a reload', () => {
    const { storage } = recordingStorage()
    const store = createDraftStore(storage)
    store.edit(() => draft('mine a', 'mine b'))
    store.replace({ ...draft('example a', 'example b'), origin: 'example' })
    store.flush()
    const reloaded = createDraftStore(storage).getState()
    expect(reloaded.current.a.text).toBe('example a')
    expect(reloaded.aside?.b.text).toBe('mine b')
  })

  it('a missing text or an unreadable meta value is reported as corrupt, not misread', () => {
    const { storage, items } = recordingStorage()
    const store = createDraftStore(storage)
    store.edit(() => draft('a', 'b'))
    store.flush()
    items.delete(draftTextKey('current', 'a'))
    expect(createDraftStore(storage).getState()).toMatchObject({ corrupt: true })
    items.set(DRAFT_META_KEY, '{"version":2,"current":')
    expect(createDraftStore(storage).getState()).toMatchObject({ corrupt: true })
  })
})

describe('two tabs', () => {
  function twoTabs() {
    const shared = recordingStorage()
    const first = createDraftStore(shared.storage)
    const second = createDraftStore(shared.storage)
    return { ...shared, first, second }
  }

  it('a tab with its own draft is told, stops saving, and keeps its draft until the reader chooses', () => {
    const { storage, first, second } = twoTabs()
    second.edit(() => draft('second tab', 'b'))
    first.edit(() => draft('first tab', 'b'))
    first.flush()
    second.storageChanged(DRAFT_META_KEY)
    expect(second.getState().elsewhere?.current.a.text).toBe('first tab')
    expect(second.getState().current.a.text).toBe('second tab')
    second.edit((d) => ({ ...d, b: { ...d.b, text: 'still typing' } }))
    second.flush()
    expect(stored(storage)).toMatchObject({ current: { a: { text: 'first tab' } } })

    second.keepMine()
    expect(second.getState().elsewhere).toBeNull()
    expect(stored(storage)).toMatchObject({ current: { a: { text: 'second tab' } } })
  })

  it('a tab closed before the reader chose keeps its draft aside under the other tab’s', () => {
    const { storage, first, second } = twoTabs()
    second.edit(() => draft('second tab', 'b'))
    first.edit(() => draft('first tab', 'b'))
    first.flush()
    second.storageChanged(DRAFT_META_KEY)
    second.edit((d) => ({ ...d, b: { ...d.b, text: 'typed before closing' } }))
    second.flush() // the page is hidden or closed
    expect(stored(storage)).toMatchObject({
      current: { a: { text: 'first tab' } },
      aside: { a: { text: 'second tab' }, b: { text: 'typed before closing' } },
    })
    // The first tab hears of it, and saving again (a label, say) keeps the draft set aside.
    first.storageChanged(DRAFT_META_KEY)
    first.edit((d) => ({ ...d, a: { ...d.a, label: 'Ministry' } }))
    first.flush()
    expect(stored(storage)).toMatchObject({ aside: { b: { text: 'typed before closing' } } })
  })

  it('loading the other tab’s draft replaces this one', () => {
    const { first, second } = twoTabs()
    second.edit(() => draft('second tab', 'b'))
    first.edit(() => draft('first tab', 'b'))
    first.flush()
    second.storageChanged(DRAFT_META_KEY)
    second.takeElsewhere()
    expect(second.getState()).toMatchObject({ elsewhere: null, current: draft('first tab', 'b') })
  })

  it('an empty tab follows the other silently; other keys and the same draft change nothing', () => {
    const { first, second } = twoTabs()
    first.edit(() => draft('first tab', 'b'))
    first.flush()
    second.storageChanged('some-other-key')
    expect(second.getState().current.a.text).toBe('')
    second.storageChanged(DRAFT_META_KEY)
    expect(second.getState()).toMatchObject({ elsewhere: null, current: draft('first tab', 'b') })
    first.edit((d) => ({ ...d, a: { ...d.a, label: '' } })) // saves the same draft again
    first.flush()
    second.storageChanged(DRAFT_META_KEY)
    expect(second.getState().elsewhere).toBeNull()
  })
})
