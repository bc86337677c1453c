import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ThemeSelect } from '../../src/components/theme/theme-select'
import { readThemeChoice, startTheme } from '../../src/lib/theme'

const KEY = 'parallax:theme'
const html = document.documentElement

/** A stand-in for matchMedia('(prefers-color-scheme: dark)') whose answer the test can change. */
function fakeSystem(dark: boolean) {
  const listeners = new Set<() => void>()
  const query = {
    get matches() {
      return dark
    },
    addEventListener: (_: string, fn: () => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
  }
  vi.stubGlobal('matchMedia', () => query)
  return {
    set(next: boolean) {
      dark = next
      listeners.forEach((fn) => fn())
    },
  }
}

beforeEach(() => {
  localStorage.clear()
  html.classList.remove('dark', 'light')
})
afterEach(() => vi.unstubAllGlobals())

describe('theme', () => {
  it('follows the system until the reader chooses, then keeps the choice', async () => {
    const system = fakeSystem(true)
    startTheme()
    expect(html).toHaveClass('dark')
    system.set(false)
    expect(html).not.toHaveClass('dark')

    render(<ThemeSelect />)
    const select = screen.getByRole('combobox', { name: 'Theme' })
    expect(select).toHaveValue('system')
    await userEvent.selectOptions(select, 'Dark')
    expect(html).toHaveClass('dark')
    expect(localStorage.getItem(KEY)).toBe('dark')
    // The system changing no longer overrides the reader.
    system.set(false)
    expect(html).toHaveClass('dark')

    await userEvent.selectOptions(select, 'Light')
    expect(html).not.toHaveClass('dark')
    // Chosen, not defaulted: the CSS that follows the system before any script ran stands down.
    expect(html).toHaveClass('light')
    system.set(true)
    expect(html).not.toHaveClass('dark')
  })

  it('applies the remembered choice at start, before anything renders', () => {
    fakeSystem(false)
    localStorage.setItem(KEY, 'dark')
    startTheme()
    expect(html).toHaveClass('dark')
    render(<ThemeSelect />)
    expect(screen.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark')
  })

  it('going back to System forgets the choice and follows the system again', async () => {
    fakeSystem(true)
    localStorage.setItem(KEY, 'light')
    startTheme()
    expect(html).not.toHaveClass('dark')
    render(<ThemeSelect />)
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'System')
    expect(localStorage.getItem(KEY)).toBeNull()
    expect(html).toHaveClass('dark')
  })

  it('still switches, silently, when storage is off', async () => {
    fakeSystem(false)
    const broken = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    }
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(broken)
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(broken)
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(broken)
    try {
      render(<ThemeSelect />)
      await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'Dark')
      expect(html).toHaveClass('dark')
      expect(readThemeChoice()).toBe('dark')
    } finally {
      vi.restoreAllMocks()
    }
  })
})
