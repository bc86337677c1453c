import {
  DRAFT_KEY,
  emptyDraft,
  hasContent,
  parseStoredDrafts,
  sameDraft,
  serializeDrafts,
  type Draft,
  type StoredDrafts,
} from './drafts'

export interface DraftState extends StoredDrafts {
  /** True when the draft could not be saved (storage full, turned off or missing). */
  unsaved: boolean
  /** True when a stored draft could not be read and was ignored. */
  corrupt: boolean
}

/** The subset of `Storage` drafts use, so tests can hand in one that is full or broken. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem'>

/** localStorage, or null where touching it throws (storage turned off, some private modes). */
export function browserStorage(): DraftStorage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

function load(storage: DraftStorage | null): DraftState {
  const fresh = { current: emptyDraft(), aside: null }
  if (!storage) return { ...fresh, unsaved: true, corrupt: false }
  let raw: string | null
  try {
    raw = storage.getItem(DRAFT_KEY)
  } catch {
    return { ...fresh, unsaved: true, corrupt: false }
  }
  if (raw === null) return { ...fresh, unsaved: false, corrupt: false }
  const stored = parseStoredDrafts(raw)
  return stored
    ? { ...stored, unsaved: false, corrupt: false }
    : { ...fresh, unsaved: false, corrupt: true }
}

/**
 * The draft, in memory first (so the app keeps working when storage does not) and saved to storage
 * `delayMs` after the last change: typing a long text must not serialize it on every keystroke.
 */
export function createDraftStore(storage: DraftStorage | null, { delayMs = 500 } = {}) {
  let state = load(storage)
  let timer: ReturnType<typeof setTimeout> | undefined
  const listeners = new Set<() => void>()

  function set(next: DraftState) {
    state = next
    listeners.forEach((listener) => listener())
  }

  function save() {
    clearTimeout(timer)
    timer = undefined
    let saved = false
    try {
      storage?.setItem(DRAFT_KEY, serializeDrafts({ current: state.current, aside: state.aside }))
      saved = !!storage
    } catch {
      // Quota exceeded or storage revoked: the notice says so; the draft lives on in memory.
    }
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
    /** Saves now (the page is going away); a no-op when nothing is waiting. */
    flush() {
      if (timer !== undefined) save()
    },
  }
}

export type DraftStore = ReturnType<typeof createDraftStore>
