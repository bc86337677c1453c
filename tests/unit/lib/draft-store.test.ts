// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { DRAFT_META_KEY, currentTextKey, readDrafts } from '../../../src/lib/draft-format'
import { DRAFT_KEY_V1 } from '../../../src/lib/draft-format-legacy'
import { createDraftStore, type DraftStorage } from '../../../src/lib/draft-store'
import type { Draft } from '../../../src/lib/drafts'

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
    key: (index) => [...items.keys()][index] ?? null,
    get length() {
      return items.size
    },
  }
  return { storage, items, writes }
}

const keysOf = (storage: DraftStorage) =>
  Array.from({ length: storage.length ?? 0 }, (_, i) => storage.key?.(i) ?? '')
const stored = (storage: DraftStorage) =>
  readDrafts({ get: (key) => storage.getItem(key), keys: () => keysOf(storage) }).drafts

describe('draft storage, version 3', () => {
  it('reads a version 1 draft, and the first save replaces it with version 3', () => {
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
    expect(items.get(currentTextKey('b'))).toBe('second, edited')
    expect(stored(storage)).toEqual({
      current: draft('first', 'second, edited', 'Mine'),
      kept: [],
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
    expect(writes).toEqual([currentTextKey('b'), DRAFT_META_KEY])
  })

  it('keeps the draft set aside across a reload', () => {
    const { storage } = recordingStorage()
    const store = createDraftStore(storage)
    store.edit(() => draft('mine a', 'mine b'))
    store.replace({ ...draft('example a', 'example b'), origin: 'example' })
    store.flush()
    const reloaded = createDraftStore(storage).getState()
    expect(reloaded.current.a.text).toBe('example a')
    expect(reloaded.kept.map((entry) => entry.draft.b.text)).toEqual(['mine b'])
  })

  it('a missing text costs only that text; the other and the details are read back', () => {
    const { storage, items } = recordingStorage()
    const store = createDraftStore(storage)
    store.edit(() => draft('first text', 'second text', 'Ministry'))
    store.flush()
    items.delete(currentTextKey('a'))
    const reloaded = createDraftStore(storage).getState()
    expect(reloaded.lost).toEqual(['text-a'])
    expect(reloaded.current).toEqual(draft('', 'second text', 'Ministry'))
  })

  it('a damaged header costs only the details: the texts on screen and kept are read back', () => {
    const { storage, items } = recordingStorage()
    const store = createDraftStore(storage, { now: () => Date.UTC(2026, 0, 5, 9, 30) })
    store.edit(() => draft('kept a', 'kept b', 'Old label'))
    store.replace({ ...draft('example a', 'example b'), origin: 'example' })
    store.edit((d) => ({ ...d, a: { ...d.a, text: 'on screen a' }, b: { ...d.b, label: 'X' } }))
    store.flush()
    for (const damaged of ['{"version":3,"current":{"a', 'null', '{"version":3}']) {
      items.set(DRAFT_META_KEY, damaged)
      const reloaded = createDraftStore(storage)
      const state = reloaded.getState()
      expect(state.lost).toEqual(['details'])
      expect(state.current).toEqual(draft('on screen a', 'example b'))
      expect(state.kept).toEqual([
        {
          id: expect.any(String),
          keptAt: Date.UTC(2026, 0, 5, 9, 30),
          draft: draft('kept a', 'kept b'),
        },
      ])
    }
    items.delete(DRAFT_META_KEY) // gone altogether: the same
    expect(createDraftStore(storage).getState().current.a.text).toBe('on screen a')
  })
})

describe('older formats', () => {
  it('a version 2 draft and the one it set aside become version 3, and the old keys go', () => {
    const v2 = {
      'parallax:draft:v2': JSON.stringify({
        version: 2,
        save: `${Date.UTC(2025, 6, 3).toString(36)}.x1`,
        current: {
          a: { label: 'Now', source: '', date: '' },
          b: { label: '', source: '', date: '' },
          origin: 'reader',
        },
        aside: {
          a: { label: 'Before', source: '', date: '' },
          b: { label: '', source: '', date: '' },
          origin: 'reader',
        },
      }),
      'parallax:draft:v2:current:a': 'now a',
      'parallax:draft:v2:current:b': 'now b',
      'parallax:draft:v2:aside:a': 'before a',
      'parallax:draft:v2:aside:b': 'before b',
    }
    const { storage, items } = recordingStorage(v2)
    const store = createDraftStore(storage)
    expect(store.getState().kept).toEqual([
      {
        id: expect.any(String),
        keptAt: Date.UTC(2025, 6, 3),
        draft: draft('before a', 'before b', 'Before'),
      },
    ])
    store.edit((d) => ({ ...d, b: { ...d.b, text: 'now b, edited' } }))
    store.flush()
    expect([...items.keys()].filter((key) => key.startsWith('parallax:draft:v2'))).toEqual([])
    expect(stored(storage)).toEqual({
      current: draft('now a', 'now b, edited', 'Now'),
      kept: [
        {
          id: expect.any(String),
          keptAt: Date.UTC(2025, 6, 3),
          draft: draft('before a', 'before b', 'Before'),
        },
      ],
    })
  })

  it('a version 2 draft with its header damaged: the texts come back, and nothing unread is removed', () => {
    const { storage, items } = recordingStorage({
      'parallax:draft:v2': '{"version":2,"cur',
      'parallax:draft:v2:current:a': 'now a',
      'parallax:draft:v2:current:b': 'now b',
    })
    const store = createDraftStore(storage)
    expect(store.getState()).toMatchObject({ lost: ['details'], current: draft('now a', 'now b') })
    store.edit((d) => ({ ...d, a: { ...d.a, label: 'Ministry' } }))
    store.flush()
    expect(items.get('parallax:draft:v2')).toBe('{"version":2,"cur') // not read, so not removed
    expect(stored(storage)?.current).toEqual(draft('now a', 'now b', 'Ministry'))
  })

  it('a first save in version 3 cut off before its header leaves the version 2 draft in charge', () => {
    const { storage } = recordingStorage({
      'parallax:draft:v2': JSON.stringify({
        version: 2,
        save: 'x.y',
        current: {
          a: { label: 'L', source: '', date: '' },
          b: { label: '', source: '', date: '' },
          origin: 'reader',
        },
        aside: null,
      }),
      'parallax:draft:v2:current:a': 'v2 a',
      'parallax:draft:v2:current:b': 'v2 b',
      [currentTextKey('a')]: 'half-saved a',
    })
    expect(createDraftStore(storage).getState()).toMatchObject({
      lost: [],
      current: draft('v2 a', 'v2 b', 'L'),
    })
  })

  it('a version 1 value that cannot be read is left where it is, never overwritten', () => {
    const { storage, items } = recordingStorage({ [DRAFT_KEY_V1]: '{"version":1,"current":{"a":' })
    const store = createDraftStore(storage)
    expect(store.getState().lost).toEqual(['everything'])
    store.edit(() => draft('new', 'draft'))
    store.flush()
    expect(items.get(DRAFT_KEY_V1)).toBe('{"version":1,"current":{"a":')
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
    expect(second.getState().elsewhere?.a.text).toBe('first tab')
    expect(second.getState().current.a.text).toBe('second tab')
    second.edit((d) => ({ ...d, b: { ...d.b, text: 'still typing' } }))
    second.flush()
    expect(stored(storage)).toMatchObject({ current: { a: { text: 'first tab' } } })

    second.keepMine()
    expect(second.getState().elsewhere).toBeNull()
    // Saved over the other tab's draft, which is kept (and the copy of this one kept meanwhile goes).
    expect(stored(storage)).toMatchObject({
      current: { a: { text: 'second tab' }, b: { text: 'still typing' } },
      kept: [{ draft: draft('first tab', 'b') }],
    })
    expect(stored(storage)?.kept).toHaveLength(1)
  })

  it('a tab closed before the reader chose keeps its draft among the earlier drafts', () => {
    const { storage, first, second } = twoTabs()
    second.edit(() => draft('second tab', 'b'))
    first.edit(() => draft('first tab', 'b'))
    first.flush()
    second.storageChanged(DRAFT_META_KEY)
    second.edit((d) => ({ ...d, b: { ...d.b, text: 'typed before closing' } }))
    second.flush() // the page is hidden or closed
    const secondTabs = { draft: draft('second tab', 'typed before closing') }
    expect(stored(storage)).toMatchObject({
      current: { a: { text: 'first tab' } },
      kept: [secondTabs],
    })
    // The first tab hears of it, and saving again (a label, say) keeps the earlier draft.
    first.storageChanged(DRAFT_META_KEY)
    first.edit((d) => ({ ...d, a: { ...d.a, label: 'Ministry' } }))
    first.flush()
    expect(stored(storage)).toMatchObject({ kept: [secondTabs] })
  })

  it('loading the other tab’s draft replaces this one, which is kept', () => {
    const { first, second } = twoTabs()
    second.edit(() => draft('second tab', 'b'))
    first.edit(() => draft('first tab', 'b'))
    first.flush()
    second.storageChanged(DRAFT_META_KEY)
    second.takeElsewhere()
    expect(second.getState()).toMatchObject({ elsewhere: null, current: draft('first tab', 'b') })
    // ... and this tab's own draft is kept, for this tab and the other.
    expect(second.getState().kept.map((entry) => entry.draft)).toEqual([draft('second tab', 'b')])
    first.storageChanged(DRAFT_META_KEY)
    expect(first.getState().kept.map((entry) => entry.draft)).toEqual([draft('second tab', 'b')])
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

describe('no draft is lost between tabs', () => {
  const values = (items: Map<string, string>) => [...items.values()]

  it('a kept-aside draft survives a second tab that closes undecided', () => {
    const { storage, items } = recordingStorage()
    let time = Date.UTC(2026, 0, 5)
    const now = () => (time += 60_000) // a minute between steps
    const tabA = createDraftStore(storage, { now })
    tabA.edit(() => draft('Original first account of tab A.', 'Original second of A.'))
    tabA.flush()
    tabA.replace({ ...draft('example a', 'example b'), origin: 'example' }) // "your draft is kept"
    tabA.flush()
    const tabB = createDraftStore(storage, { now }) // opened at #/new: the example, with A's draft kept
    tabA.edit((d) => ({ ...d, a: { ...d.a, text: `Typed in A. ${d.a.text}` } }))
    tabA.flush()
    tabB.storageChanged(DRAFT_META_KEY) // "changed in another tab"
    expect(tabB.getState().elsewhere).not.toBeNull()
    tabB.edit((d) => ({ ...d, b: { ...d.b, text: 'Typed in B without choosing.' } }))
    tabB.flush() // B is closed
    tabA.storageChanged(DRAFT_META_KEY)

    // A's original draft is still in storage, and so is B's.
    expect(values(items).some((v) => v === 'Original first account of tab A.')).toBe(true)
    expect(values(items).some((v) => v === 'Typed in B without choosing.')).toBe(true)
    // A still lists its draft, now next to B's; so does a reload; each comes back.
    const firstWords = (s: { kept: { draft: Draft }[] }) => s.kept.map((e) => e.draft.a.text)
    expect(firstWords(tabA.getState())).toEqual(['example a', 'Original first account of tab A.'])
    const reloaded = createDraftStore(storage)
    expect(firstWords(reloaded.getState())).toEqual(firstWords(tabA.getState()))
    reloaded.restore(reloaded.getState().kept[1]!.id)
    expect(reloaded.getState().current).toEqual(
      draft('Original first account of tab A.', 'Original second of A.'),
    )
    reloaded.restore(reloaded.getState().kept.find((e) => e.draft.a.text === 'example a')!.id)
    expect(reloaded.getState().current.b.text).toBe('Typed in B without choosing.')
  })

  it('a tab hidden again and again while undecided keeps one copy of its draft, the latest', () => {
    const { storage } = recordingStorage()
    const tabA = createDraftStore(storage)
    const tabB = createDraftStore(storage)
    tabB.edit(() => draft('B', 'first version'))
    tabA.edit(() => draft('A', 'a'))
    tabA.flush()
    tabB.storageChanged(DRAFT_META_KEY)
    tabB.flush() // hidden
    tabB.flush() // hidden again, nothing new
    tabB.edit((d) => ({ ...d, b: { ...d.b, text: 'second version' } }))
    tabB.flush()
    expect(stored(storage)?.kept.map((e) => e.draft)).toEqual([draft('B', 'second version')])
    expect(stored(storage)?.current).toEqual(draft('A', 'a'))
  })

  it('two tabs keeping drafts at once both land; a draft restored in one does not come back', () => {
    const { storage } = recordingStorage()
    const tabA = createDraftStore(storage)
    const tabB = createDraftStore(storage)
    const example = { ...draft('example a', 'example b'), origin: 'example' as const }
    tabA.edit(() => draft('A1', 'a'))
    tabA.replace(example)
    tabB.edit(() => draft('B1', 'b'))
    tabB.replace(example)
    tabA.flush()
    tabB.flush() // B had not heard of A's save yet
    tabA.storageChanged(DRAFT_META_KEY)
    const texts = (kept: { draft: Draft }[] = []) => kept.map((e) => e.draft.a.text).sort()
    expect(texts(stored(storage)?.kept)).toEqual(['A1', 'B1'])
    expect(texts(tabA.getState().kept)).toEqual(['A1', 'B1'])

    tabA.restore(tabA.getState().kept.find((e) => e.draft.a.text === 'B1')!.id)
    tabA.flush()
    tabB.edit((d) => ({ ...d, a: { ...d.a, label: 'x' } })) // B saves its older list
    tabB.flush()
    expect(texts(stored(storage)?.kept)).toEqual(['A1'])
  })

  it('a storage that refuses writes is known at load, before any typing', () => {
    const full: DraftStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      },
    }
    expect(createDraftStore(full).getState().unsaved).toBe(true)
    expect(createDraftStore(null).getState().unsaved).toBe(true)
    expect(createDraftStore(recordingStorage().storage).getState().unsaved).toBe(false)
  })
})
