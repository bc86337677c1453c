/** The reader's choice of colours: follow the system, or always light or dark. */
export type ThemeChoice = 'system' | 'light' | 'dark'

export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark']

const STORAGE_KEY = 'parallax:theme'
const DARK_QUERY = '(prefers-color-scheme: dark)'

function isThemeChoice(value: unknown): value is ThemeChoice {
  return THEME_CHOICES.includes(value as ThemeChoice)
}

/** The choice made on this page when storage is off (private modes, blocked storage). */
let unsaved: ThemeChoice | null = null

/** The stored choice, or 'system'. */
export function readThemeChoice(): ThemeChoice {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY)
    return isThemeChoice(stored) ? stored : 'system'
  } catch {
    return unsaved ?? 'system'
  }
}

/** Remembers the choice; without storage it holds for this page only. */
export function saveThemeChoice(choice: ThemeChoice) {
  unsaved = choice
  try {
    if (choice === 'system') window.localStorage.removeItem(STORAGE_KEY)
    else window.localStorage.setItem(STORAGE_KEY, choice)
  } catch {
    // Storage is off: the choice still applies until the page is closed.
  }
}

function systemPrefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches
}

/**
 * Puts `.dark` (or `.light`) on <html>: src/index.css redefines the palette under `.dark`. Until this
 * runs there is neither, and the empty page follows the system (see index.css), so it never flashes.
 */
export function applyTheme(choice: ThemeChoice, root = document.documentElement) {
  const dark = choice === 'dark' || (choice === 'system' && systemPrefersDark())
  root.classList.toggle('dark', dark)
  root.classList.toggle('light', !dark)
}

/**
 * Applies the stored choice now (called before the first render, so a dark page never flashes white)
 * and follows the system while the choice is 'system'.
 */
export function startTheme() {
  applyTheme(readThemeChoice())
  if (typeof window.matchMedia !== 'function') return
  window.matchMedia(DARK_QUERY).addEventListener('change', () => {
    if (readThemeChoice() === 'system') applyTheme('system')
  })
}
