import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react'
import type { DraftState, DraftStore } from '../lib/draft-store'

const DraftsContext = createContext<DraftStore | null>(null)

export function DraftsProvider({ store, children }: { store: DraftStore; children: ReactNode }) {
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
