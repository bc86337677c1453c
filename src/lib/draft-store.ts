import {
  DRAFT_META_KEY,
  currentEntries,
  headerValue,
  keptEntries,
  keptTextKeys,
  readDrafts,
  unusedCurrentKeys,
} from './draft-format'
import type { DraftLoss, DraftsRead } from './draft-parts'
import {
  emptyDraft,
  hasContent,
  sameDraft,
  worthKeeping,
  type Draft,
  type KeptDraft,
  type StoredDrafts,
} from './drafts'
import { acceptsWrites, readerOf, type DraftStorage } from './draft-storage'
import { keepDraft, mergeKept } from './kept-drafts'

export { browserStorage, type DraftStorage } from './draft-storage'

export interface DraftState extends StoredDrafts {
  /**
   * True when the draft cannot be saved (storage full, turned off or missing). Known from the moment the
   * page loads (a probe write), not only after the first keystroke failed to save.
   */
  unsaved: boolean
  /** What a stored draft lost when it was read ([] when nothing, or once the reader dismissed it). */
  lost: DraftLoss[]
  /**
   * The draft another tab saved over this one's, until the reader chooses between them. This tab does
   * not save its own meanwhile, so neither tab silently overwrites the other.
   */
  elsewhere: Draft | null
}

const newSaveId = () => `${Date.now().toString(36)}.${Math.random().toString(36).slice(2)}`
const ids = (kept: readonly KeptDraft[]) => new Set(kept.map((entry) => entry.id))
const sameIds = (x: readonly KeptDraft[], y: readonly KeptDraft[]) =>
  x.length === y.length && x.every((entry, i) => entry.id === y[i]?.id)

/**
 * The draft, in memory first (so the app keeps working when storage does not) and saved to storage
 * `delayMs` after the last change: typing a long text must not serialize it on every keystroke. Only
 * the keys whose values changed are written. Every draft of the reader's that something replaces is
 * kept in a history of earlier drafts (kept-drafts.ts), shared with other tabs by merging, never by
 * overwriting.
 */
export function createDraftStore(
  storage: DraftStorage | null,
  { delayMs = 500, now = Date.now } = {},
) {
  let timer: ReturnType<typeof setTimeout> | undefined
  /** What this tab last wrote or read under the current draft's keys: unchanged values are not rewritten. */
  let written = new Map<string, string>()
  /** The history's ids when this tab last read or wrote it: what other tabs changed since is merged. */
  let base = new Set<string>()
  /** The save this tab last wrote or read: another one in storage means another tab saved since. */
  let lastSave: string | null = null
  /** The entry this tab kept of its own draft while undecided between tabs: a newer copy replaces it. */
  let snapshotId: string | null = null
  const listeners = new Set<() => void>()

  /** Remembers what was read, as the starting point of this tab's next save. */
  function sync(read: DraftsRead) {
    base = ids(read.drafts?.kept ?? [])
    lastSave = read.saveId
    written = new Map()
    if (!storage || read.format !== 3 || !read.drafts) return
    for (const [key] of currentEntries(read.drafts.current)) {
      const value = storage.getItem(key)
      if (value !== null) written.set(key, value)
    }
  }

  function load(): DraftState {
    const none = { current: emptyDraft(), kept: [], lost: [], elsewhere: null }
    if (!storage) return { ...none, unsaved: true }
    const unsaved = !acceptsWrites(storage)
    try {
      const read = readDrafts(readerOf(storage))
      sync(read)
      return { ...none, ...read.drafts, lost: read.lost, unsaved }
    } catch {
      return { ...none, unsaved: true }
    }
  }

  let state = load()

  function set(next: DraftState) {
    state = next
    listeners.forEach((listener) => listener())
  }

  /**
   * What another tab saved: its history merged into this one's; its draft followed when this tab's is
   * empty, otherwise held as `elsewhere` for the reader to choose.
   */
  function receive(read: DraftsRead, theirs: StoredDrafts) {
    const kept = mergeKept(base, state.kept, theirs.kept)
    sync(read)
    if (sameDraft(theirs.current, state.current)) {
      set({ ...state, kept, elsewhere: null })
    } else if (!hasContent(state.current)) {
      clearTimeout(timer)
      timer = undefined
      set({ ...state, current: theirs.current, kept, elsewhere: null })
    } else set({ ...state, kept, elsewhere: theirs.current })
  }

  /** Removes a key that may not be there (most drafts hold two accounts, not five). */
  function removeIfThere(key: string) {
    if (storage?.getItem(key) === null) return
    storage?.removeItem?.(key)
    written.delete(key)
  }

  /**
   * Saves this tab's draft and history, merged with what other tabs saved since. While the reader has
   * not chosen between this tab's draft and another's, the other's stays the one saved. Texts first,
   * the header last (so other tabs hear of a complete save), and only then are keys no longer named
   * removed. False when storage refused.
   */
  function write(): boolean {
    if (!storage) return false
    try {
      const stored = readDrafts(readerOf(storage))
      // Another tab saved and its storage event has not arrived yet: treat it as arrived.
      if (stored.drafts && stored.saveId !== lastSave) receive(stored, stored.drafts)
      // Nothing stored at all (site data cleared while the tab was open): nothing to merge with, and
      // no reason to think another tab removed what this one keeps.
      const kept = stored.drafts ? mergeKept(base, state.kept, stored.drafts.kept) : state.kept
      const current = state.elsewhere ? (stored.drafts?.current ?? state.elsewhere) : state.current
      for (const [key, value] of currentEntries(current)) {
        if (written.get(key) === value) continue
        storage.setItem(key, value)
        written.set(key, value)
      }
      // An account the reader removed: its text goes with it.
      for (const key of unusedCurrentKeys(current)) removeIfThere(key)
      // Entries whose texts are under this format's keys already: each entry's are written once.
      const storedIds = stored.format === 3 ? ids(stored.drafts?.kept ?? []) : new Set<string>()
      for (const entry of kept) {
        if (storedIds.has(entry.id)) continue
        for (const [key, value] of keptEntries(entry)) storage.setItem(key, value)
      }
      const saveId = newSaveId()
      storage.setItem(DRAFT_META_KEY, headerValue(current, kept, saveId))
      const keptIds = ids(kept)
      for (const id of new Set([...storedIds, ...base, ...ids(state.kept)])) {
        if (keptIds.has(id)) continue
        const [a, b, ...added] = keptTextKeys(id)
        storage.removeItem?.(a!)
        storage.removeItem?.(b!)
        for (const key of added) removeIfThere(key)
      }
      for (const key of stored.obsoleteKeys) storage.removeItem?.(key)
      base = keptIds
      lastSave = saveId
      if (!sameIds(kept, state.kept)) set({ ...state, kept })
      return true
    } catch {
      // Quota exceeded or storage revoked: the notice says so; the drafts live on in memory.
      written = new Map()
      return false
    }
  }

  function save() {
    clearTimeout(timer)
    timer = undefined
    const saved = write()
    if (saved === state.unsaved) set({ ...state, unsaved: !saved })
  }

  function change(current: Draft, kept: KeptDraft[]) {
    set({ ...state, current, kept })
    clearTimeout(timer)
    if (!state.elsewhere) timer = setTimeout(save, delayMs)
  }

  /** Keeps this tab's own draft (undecided between tabs) in the history, in place of an older copy. */
  function keepOwnDraft(kept: KeptDraft[]): KeptDraft[] {
    const mine = state.current
    const snapshot = kept.find((entry) => entry.id === snapshotId)
    if (snapshot && sameDraft(snapshot.draft, mine)) return kept
    const without = kept.filter((entry) => entry !== snapshot)
    snapshotId = null
    if (!worthKeeping(mine) || (state.elsewhere && sameDraft(mine, state.elsewhere))) return without
    const next = keepDraft(without, mine, now())
    snapshotId = next.find((entry) => !without.includes(entry))?.id ?? null
    return next
  }

  return {
    getState: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    /** A change the reader made: the draft is theirs from now on. */
    edit(recipe: (draft: Draft) => Omit<Draft, 'origin'>) {
      change({ ...recipe(state.current), origin: 'reader' }, state.kept)
    },
    /** Puts the example (or a shared link's accounts) on screen, keeping the reader's own draft. */
    replace(next: Draft) {
      const { current, kept } = state
      const keep = worthKeeping(current) && !sameDraft(current, next)
      change(next, keep ? keepDraft(kept, current, now()) : kept)
    },
    /**
     * Brings an earlier draft back (the newest when no id is given); a draft of the reader's own on
     * screen joins the history in its place.
     */
    restore(id?: string) {
      const entry = id === undefined ? state.kept[0] : state.kept.find((e) => e.id === id)
      if (!entry) return
      const { current } = state
      const rest = state.kept.filter((e) => e !== entry)
      const keep = worthKeeping(current) && !sameDraft(current, entry.draft)
      change({ ...entry.draft, origin: 'reader' }, keep ? keepDraft(rest, current, now()) : rest)
    },
    dismissDamage() {
      if (state.lost.length > 0) set({ ...state, lost: [] })
    },
    /**
     * Saves now (the page is hidden or going away); a no-op when nothing is waiting. While the reader has
     * not yet chosen between this tab's draft and another tab's, this tab's joins the earlier drafts, so
     * closing the tab without choosing loses nothing (and keeps every draft kept before).
     */
    flush() {
      if (state.elsewhere) {
        const kept = keepOwnDraft(state.kept)
        if (kept === state.kept && timer === undefined) return // nothing new to keep
        set({ ...state, kept })
        save()
        return
      }
      if (timer !== undefined) save()
    },
    /** Another tab wrote under `key` (a `storage` event; each save there ends with the header). */
    storageChanged(key: string | null) {
      if (!storage || key !== DRAFT_META_KEY) return
      let read: DraftsRead
      try {
        read = readDrafts(readerOf(storage))
      } catch {
        return
      }
      if (read.drafts) receive(read, read.drafts)
    },
    /** The reader chose the other tab's draft: it replaces this one's, which joins the earlier drafts. */
    takeElsewhere() {
      const theirs = state.elsewhere
      if (!theirs) return
      const kept = keepOwnDraft(state.kept)
      snapshotId = null // from now on an earlier draft like any other
      clearTimeout(timer)
      set({ ...state, current: theirs, kept, elsewhere: null })
      save()
    },
    /** The reader chose this tab's draft: it is saved, and the other tab's joins the earlier drafts. */
    keepMine() {
      const theirs = state.elsewhere
      if (!theirs) return
      const mine = state.kept.filter((entry) => entry.id !== snapshotId)
      snapshotId = null
      const kept = worthKeeping(theirs) ? keepDraft(mine, theirs, now()) : mine
      set({ ...state, kept, elsewhere: null })
      save()
    },
  }
}

export type DraftStore = ReturnType<typeof createDraftStore>
