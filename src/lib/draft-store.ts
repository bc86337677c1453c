import { DRAFT_META_KEY, draftEntries, readDrafts } from './draft-format'
import {
  DRAFT_KEY_V1,
  emptyDraft,
  hasContent,
  sameDraft,
  type Draft,
  type StoredDrafts,
} from './drafts'

export interface DraftState extends StoredDrafts {
  /** True when the draft could not be saved (storage full, turned off or missing). */
  unsaved: boolean
  /** True when a stored draft could not be read and was ignored. */
  corrupt: boolean
  /**
   * The drafts another tab saved over this one's, until the reader chooses between them. Saving is
   * paused meanwhile, so neither tab silently overwrites the other.
   */
  elsewhere: StoredDrafts | null
}

/** The subset of `Storage` drafts use, so tests can hand in one that is full or broken. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem'> &
  Partial<Pick<Storage, 'removeItem'>>

/** localStorage, or null where touching it throws (storage turned off, some private modes). */
export function browserStorage(): DraftStorage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

const fresh = (): StoredDrafts => ({ current: emptyDraft(), aside: null })

function load(storage: DraftStorage | null): DraftState {
  const none = { unsaved: false, corrupt: false, elsewhere: null }
  if (!storage) return { ...fresh(), ...none, unsaved: true }
  try {
    const stored = readDrafts((key) => storage.getItem(key))
    if (stored === 'corrupt') return { ...fresh(), ...none, corrupt: true }
    return { ...(stored ?? fresh()), ...none }
  } catch {
    return { ...fresh(), ...none, unsaved: true }
  }
}

/**
 * The draft, in memory first (so the app keeps working when storage does not) and saved to storage
 * `delayMs` after the last change: typing a long text must not serialize it on every keystroke. Only
 * the keys whose values changed are written.
 */
export function createDraftStore(storage: DraftStorage | null, { delayMs = 500 } = {}) {
  let state = load(storage)
  let timer: ReturnType<typeof setTimeout> | undefined
  /** What this tab last wrote or read under each key: unchanged values are not written again. */
  let written = new Map<string, string>()
  const listeners = new Set<() => void>()

  function set(next: DraftState) {
    state = next
    listeners.forEach((listener) => listener())
  }

  function write(drafts: StoredDrafts = state): boolean {
    if (!storage) return false
    try {
      const saveId = `${Date.now().toString(36)}.${Math.random().toString(36).slice(2)}`
      for (const [key, value] of draftEntries(drafts, saveId)) {
        if (written.get(key) === value) continue
        storage.setItem(key, value)
        written.set(key, value)
      }
      storage.removeItem?.(DRAFT_KEY_V1)
      return true
    } catch {
      // Quota exceeded or storage revoked: the notice says so; the draft lives on in memory.
      written = new Map()
      return false
    }
  }

  function save() {
    clearTimeout(timer)
    timer = undefined
    if (state.elsewhere) return
    const saved = write()
    if (saved === state.unsaved) set({ ...state, unsaved: !saved })
  }

  function change(current: Draft, aside: Draft | null) {
    set({ ...state, current, aside })
    clearTimeout(timer)
    timer = setTimeout(save, delayMs)
  }

  return {
    getState: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    /** A change the reader made: the draft is theirs from now on. */
    edit(recipe: (draft: Draft) => Omit<Draft, 'origin'>) {
      change({ ...recipe(state.current), origin: 'reader' }, state.aside)
    },
    /** Puts the example (or a shared link's accounts) on screen, keeping the reader's own draft aside. */
    replace(next: Draft) {
      const { current, aside } = state
      const keep = current.origin === 'reader' && hasContent(current) && !sameDraft(current, next)
      change(next, keep ? current : aside)
    },
    /** Brings the kept draft back; a draft of the reader's own on screen is kept aside in its place. */
    restore() {
      const { current, aside } = state
      if (!aside) return
      change(aside, current.origin === 'reader' && hasContent(current) ? current : null)
    },
    dismissCorrupt() {
      if (state.corrupt) set({ ...state, corrupt: false })
    },
    /**
     * Saves now (the page is hidden or going away); a no-op when nothing is waiting. While the reader has
     * not yet chosen between this tab's draft and another tab's, this tab's is kept aside under the other
     * one ("Restore draft" brings it back), so closing the tab without choosing loses nothing.
     */
    flush() {
      const theirs = state.elsewhere
      if (theirs) {
        const mine = state.current
        if (hasContent(mine) && !sameDraft(mine, theirs.current)) write({ ...theirs, aside: mine })
        return
      }
      if (timer !== undefined) save()
    },
    /**
     * Another tab wrote under `key` (a `storage` event; each save there ends with the meta key). An
     * empty draft here simply follows it; otherwise the reader is asked which to keep.
     */
    storageChanged(key: string | null) {
      if (!storage || key !== DRAFT_META_KEY) return
      let theirs: ReturnType<typeof readDrafts>
      try {
        theirs = readDrafts((k) => storage.getItem(k))
      } catch {
        return
      }
      if (theirs === null || theirs === 'corrupt') return
      if (sameDraft(theirs.current, state.current)) {
        // Same draft, but the other tab kept one aside (its own, when it closed undecided): keep it too,
        // so this tab's next save does not drop it. A draft this tab keeps aside itself is not replaced.
        if (theirs.aside && !state.aside) set({ ...state, aside: theirs.aside })
        return
      }
      written = new Map()
      if (!hasContent(state.current) && !state.aside) {
        clearTimeout(timer)
        timer = undefined
        set({ ...state, ...theirs, elsewhere: null })
      } else set({ ...state, elsewhere: theirs })
    },
    /** The reader chose the other tab's draft: it replaces this one's, which is not saved. */
    takeElsewhere() {
      const theirs = state.elsewhere
      if (!theirs) return
      clearTimeout(timer)
      timer = undefined
      set({ ...state, ...theirs, elsewhere: null })
    },
    /** The reader chose this tab's draft: it is saved over the other tab's. */
    keepMine() {
      if (!state.elsewhere) return
      set({ ...state, elsewhere: null })
      save()
    },
  }
}

export type DraftStore = ReturnType<typeof createDraftStore>
