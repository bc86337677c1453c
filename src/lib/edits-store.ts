/**
 * Keeps the reader's alignment corrections in localStorage, one key per pair of texts, so they come back
 * after a reload with the texts they were made on (a draft, the built-in pair), and a changed text does
 * not inherit corrections whose offsets no longer fit it. Storage that is full or off is not an error
 * here: the corrections still live on screen and in the links the reader shares.
 */
import { accountKey } from './text-key'
import { editCount, readerEdits, type ReaderEdits } from './alignment-edits'

const PREFIX = 'parallax:alignment-edits:v1:'

export const editsStorageKey = (a: string, b: string) =>
  `${PREFIX}${accountKey({ label: '', text: a })}|${accountKey({ label: '', text: b })}`

function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

export function loadEdits(key: string): ReaderEdits | null {
  try {
    const raw = storage()?.getItem(key)
    return raw ? readerEdits(JSON.parse(raw) as ReaderEdits) : null
  } catch {
    return null
  }
}

/** Saves, or forgets the key when there is nothing left to keep. Returns false when it could not. */
export function saveEdits(key: string, edits: ReaderEdits): boolean {
  try {
    const store = storage()
    if (!store) return false
    if (editCount(edits) === 0) store.removeItem(key)
    else store.setItem(key, JSON.stringify(edits))
    return true
  } catch {
    return false
  }
}
