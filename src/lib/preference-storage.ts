/**
 * Small preferences (theme, layout) in localStorage. Each is held in memory too, so a choice lasts the
 * visit where storage is off (private modes, policies); nothing here ever throws.
 */
const memory = new Map<string, string>()

export function readPreference(key: string): string | null {
  try {
    return window.localStorage.getItem(key)
  } catch {
    return memory.get(key) ?? null
  }
}

/** Stores a value, or forgets the key for `null` (back to the default). */
export function writePreference(key: string, value: string | null) {
  if (value === null) memory.delete(key)
  else memory.set(key, value)
  try {
    if (value === null) window.localStorage.removeItem(key)
    else window.localStorage.setItem(key, value)
  } catch {
    // Storage is off: the choice lasts until the page is closed.
  }
}
