import { useEffect, useRef, useState } from 'react'
import type { AccountKey } from '../../core'
import { accountOfPassage, setPassageDomId } from './passage-dom'

const FLASH_MS = 1600

/**
 * Which account the reader shows, and bringing a passage into view there: the reader switches to its
 * account first, so the passage is found once that account is rendered. `focus` moves the keyboard
 * focus to it (a quote was pressed); a step through the claims only brings it into view.
 */
export function useSetReveal(idPrefix: string, initial: AccountKey) {
  const [shown, setShown] = useState<AccountKey>(initial)
  const pending = useRef<{ id: string; focus: boolean } | null>(null)
  const [asked, setAsked] = useState(0)
  const flashed = useRef<{ el: HTMLElement; timer: ReturnType<typeof setTimeout> } | null>(null)

  useEffect(() => {
    const want = pending.current
    const el = want && document.getElementById(setPassageDomId(idPrefix, want.id))
    if (!want || !el) return
    pending.current = null
    el.scrollIntoView({ block: 'center' })
    if (want.focus) el.focus({ preventScroll: true })
    if (flashed.current) {
      clearTimeout(flashed.current.timer)
      flashed.current.el.removeAttribute('data-flash')
    }
    el.setAttribute('data-flash', '')
    flashed.current = { el, timer: setTimeout(() => el.removeAttribute('data-flash'), FLASH_MS) }
  }, [asked, shown, idPrefix])
  useEffect(() => () => clearTimeout(flashed.current?.timer), [])

  const show = (passageId: string, focus: boolean) => {
    pending.current = { id: passageId, focus }
    setShown(accountOfPassage(passageId))
    setAsked((n) => n + 1)
  }
  return { shown, setShown, show }
}
