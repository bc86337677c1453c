import { useEffect, useRef } from 'react'

interface ShortcutHandlers {
  next: () => void
  previous: () => void
  help: () => void
}

const KEYS = new Map<string, keyof ShortcutHandlers>([
  ['j', 'next'],
  ['k', 'previous'],
  ['?', 'help'],
])

// Fields that take typed keys; a checkbox or a button does not, so j and k still step from one.
const TEXT_FIELDS =
  'textarea, select, input:not([type=checkbox], [type=radio], [type=button], [type=submit], [type=reset])'

/** True when a key pressed here is the reader typing, not a command. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || target.closest(TEXT_FIELDS) !== null
}

/**
 * The comparison page's keys: j / k step through the divergences, ? lists the shortcuts. Not while the
 * reader types in a field, nor with Ctrl, Alt or Meta held (those belong to the browser).
 */
export function useShortcutKeys(handlers: ShortcutHandlers, enabled: boolean) {
  const latest = useRef(handlers)
  useEffect(() => {
    latest.current = handlers
  })
  useEffect(() => {
    if (!enabled) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return
      if (event.ctrlKey || event.altKey || event.metaKey || isTyping(event.target)) return
      const action = KEYS.get(event.key)
      if (!action) return
      event.preventDefault()
      latest.current[action]()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [enabled])
}
