import { useSyncExternalStore } from 'react'
import { readPreference, writePreference } from '../../lib/preference-storage'

export type PaneLayout = 'side-by-side' | 'inline'

export interface LayoutPreferences {
  layout: PaneLayout
  syncScroll: boolean
}

const LAYOUT_KEY = 'parallax:layout'
const SYNC_KEY = 'parallax:sync-scroll'

const listeners = new Set<() => void>()

const read = readPreference

function write(key: string, value: string) {
  writePreference(key, value)
  listeners.forEach((listener) => listener())
}

// One object per distinct pair of values, so useSyncExternalStore sees a stable snapshot.
let snapshot: LayoutPreferences = { layout: 'side-by-side', syncScroll: true }

function currentPreferences(): LayoutPreferences {
  const layout: PaneLayout = read(LAYOUT_KEY) === 'inline' ? 'inline' : 'side-by-side'
  const syncScroll = read(SYNC_KEY) !== 'off'
  if (layout !== snapshot.layout || syncScroll !== snapshot.syncScroll) {
    snapshot = { layout, syncScroll }
  }
  return snapshot
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export const setPaneLayout = (layout: PaneLayout) => write(LAYOUT_KEY, layout)
export const setSyncScroll = (on: boolean) => write(SYNC_KEY, on ? 'on' : 'off')

/** The reader's layout choices, remembered across visits; side by side and synchronized by default. */
export function useLayoutPreferences(): LayoutPreferences {
  return useSyncExternalStore(subscribe, currentPreferences, currentPreferences)
}
