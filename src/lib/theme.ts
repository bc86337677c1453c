import { readPreference, writePreference } from './preference-storage'

/** The reader's choice of colours: follow the system, or always light or dark. */
export type ThemeChoice = 'system' | 'light' | 'dark'

export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark']

const STORAGE_KEY = 'parallax:theme'
const DARK_QUERY = '(prefers-color-scheme: dark)'

function isThemeChoice(value: unknown): value is ThemeChoice {
  return THEME_CHOICES.includes(value as ThemeChoice)
}

/** The stored choice, or 'system'. */
export function readThemeChoice(): ThemeChoice {
  const stored = readPreference(STORAGE_KEY)
  return isThemeChoice(stored) ? stored : 'system'
}

/** Remembers the choice; without storage it holds for this page only. */
export function saveThemeChoice(choice: ThemeChoice) {
  writePreference(STORAGE_KEY, choice === 'system' ? null : choice)
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

/**
 * The system's colours and nothing else, for a page that must not read or write the reader's storage
 * (the embedded view, inside someone else's page): dark when `prefers-color-scheme` says so.
 */
export function followSystemTheme() {
  applyTheme('system')
  if (typeof window.matchMedia !== 'function') return
  window.matchMedia(DARK_QUERY).addEventListener('change', () => applyTheme('system'))
}
