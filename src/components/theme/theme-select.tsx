import { useId, useState } from 'react'
import {
  applyTheme,
  readThemeChoice,
  saveThemeChoice,
  THEME_CHOICES,
  type ThemeChoice,
} from '../../lib/theme'

const CHOICE_NAMES: Record<ThemeChoice, string> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
}

/** Light or dark colours, or whatever the system uses; the choice is remembered in this browser. */
export function ThemeSelect({ className = '' }: { className?: string }) {
  const id = useId()
  const [choice, setChoice] = useState(readThemeChoice)
  const choose = (next: ThemeChoice) => {
    setChoice(next)
    saveThemeChoice(next)
    applyTheme(next)
  }
  return (
    <span
      data-print="hide"
      className={`inline-flex items-center gap-1.5 font-sans text-sm font-normal tracking-normal text-stone-700 normal-case ${className}`}
    >
      <label htmlFor={id}>Theme</label>
      <select
        id={id}
        value={choice}
        onChange={(event) => choose(event.target.value as ThemeChoice)}
        className="rounded-md border border-stone-300 bg-white px-1.5 py-0.5 text-stone-900 focus-ring"
      >
        {THEME_CHOICES.map((value) => (
          <option key={value} value={value}>
            {CHOICE_NAMES[value]}
          </option>
        ))}
      </select>
    </span>
  )
}
