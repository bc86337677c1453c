import { createContext, useContext, useEffect, useSyncExternalStore, type ReactNode } from 'react'
import type { DraftState, DraftStore } from '../lib/draft-store'
import { hasContent } from '../lib/drafts'

const DraftsContext = createContext<DraftStore | null>(null)

export function DraftsProvider({ store, children }: { store: DraftStore; children: ReactNode }) {
  // Another tab of the app saved its draft: this one hears of it instead of overwriting it later.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => store.storageChanged(event.key)
    window.addEventListener('storage', onStorage)
    return () => window.removeEventListener('storage', onStorage)
  }, [store])
  // Storage cannot keep the draft: leaving or reloading would lose it, so the browser asks first.
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const { unsaved, current, kept } = store.getState()
      if (unsaved && (hasContent(current) || kept.length > 0)) event.preventDefault()
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [store])
  return <DraftsContext value={store}>{children}</DraftsContext>
}

export function useDraftStore(): DraftStore {
  const store = useContext(DraftsContext)
  if (!store) throw new Error('useDraftStore needs a <DraftsProvider> above it.')
  return store
}

/** The draft store, or null outside a <DraftsProvider> (the error boundary must never throw itself). */
export function useDraftStoreIfAny(): DraftStore | null {
  return useContext(DraftsContext)
}

/** The draft and its storage state; re-renders on every change. */
export function useDrafts(): DraftState {
  const store = useDraftStore()
  return useSyncExternalStore(store.subscribe, store.getState)
}
