/**
 * Keeps the reader's alignment corrections in localStorage, one key per pair of texts, so they come back
 * after a reload with the texts they were made on (a draft, the built-in pair), and a changed text does
 * not inherit corrections whose offsets no longer fit it. Storage that is full or off is not an error
 * here: the corrections still live on screen and in the links the reader shares.
 */
import type { ReaderCorrections } from '../core'
import { accountKey } from './text-key'
import { correctionCount, readerCorrections } from './alignment-corrections'

// "alignment-edits": the corrections readers already keep are stored under this name.
const PREFIX = 'parallax:alignment-edits:v1:'

export const correctionsStorageKey = (a: string, b: string) =>
  `${PREFIX}${accountKey({ label: '', text: a })}|${accountKey({ label: '', text: b })}`

function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

export function loadCorrections(key: string): ReaderCorrections | null {
  try {
    const raw = storage()?.getItem(key)
    return raw ? readerCorrections(JSON.parse(raw)) : null
  } catch {
    return null
  }
}

/** Saves, or forgets the key when there is nothing left to keep. Returns false when it could not. */
export function saveCorrections(key: string, corrections: ReaderCorrections): boolean {
  try {
    const store = storage()
    if (!store) return false
    if (correctionCount(corrections) === 0) store.removeItem(key)
    else store.setItem(key, JSON.stringify(corrections))
    return true
  } catch {
    return false
  }
}
