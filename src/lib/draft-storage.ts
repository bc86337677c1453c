/** Where drafts are stored: localStorage, or a stand-in in tests; and whether it takes a write. */
import type { StorageReader } from './draft-format'

/** The subset of `Storage` drafts use, so tests can hand in one that is full or broken. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem'> &
  Partial<Pick<Storage, 'removeItem' | 'key' | 'length'>>

/** localStorage, or null where touching it throws (storage turned off, some private modes). */
export function browserStorage(): DraftStorage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

const PROBE_KEY = 'parallax:probe'

/** Whether storage takes a write at all: tried at load, so the reader is told before typing. */
export function acceptsWrites(storage: DraftStorage): boolean {
  try {
    storage.setItem(PROBE_KEY, '1')
    storage.removeItem?.(PROBE_KEY)
    return true
  } catch {
    return false
  }
}

/** Drafts are read through this; `keys` finds texts whose header was lost ([] where it cannot list). */
export function readerOf(storage: DraftStorage): StorageReader {
  return {
    get: (key) => storage.getItem(key),
    keys() {
      const keys: string[] = []
      for (let i = 0; i < (storage.length ?? 0); i++) {
        const key = storage.key?.(i)
        if (key != null) keys.push(key)
      }
      return keys
    },
  }
}
