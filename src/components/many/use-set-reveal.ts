import { useEffect, useRef, useState } from 'react'
import type { AccountKey } from '../../core'
import { accountOfPassage, setPassageDomId } from './passage-dom'

const FLASH_MS = 1600
/** How long to wait for a passage's chunk to render before giving the request up. */
const WAIT_MS = 2000

/**
 * Which account the reader shows, and bringing a passage into view there: the reader switches to its
 * account first, so the passage is found once that account is rendered. `focus` moves the keyboard
 * focus to it (a quote was pressed); a step through the claims only brings it into view.
 */
export function useSetReveal(idPrefix: string, initial: AccountKey) {
  const [shown, setShown] = useState<AccountKey>(initial)
  const pending = useRef<{ id: string; focus: boolean } | null>(null)
  const [asked, setAsked] = useState(0)
  /** The passage last asked for, so the reader renders its part of the account. */
  const [wanted, setWanted] = useState<string | null>(null)
  const flashed = useRef<{ el: HTMLElement; timer: ReturnType<typeof setTimeout> } | null>(null)

  useEffect(() => {
    // The passage's chunk may still be a placeholder (a long account renders near the viewport only):
    // the reader renders it on being asked, and this looks again each frame until it is there.
    let frame = 0
    const deadline = performance.now() + WAIT_MS
    const attempt = () => {
      const want = pending.current
      if (!want) return
      const el = document.getElementById(setPassageDomId(idPrefix, want.id))
      if (!el) {
        // Given up, the request goes too: a later switch of account must not jump to it.
        if (performance.now() < deadline) frame = requestAnimationFrame(attempt)
        else pending.current = null
        return
      }
      pending.current = null
      el.scrollIntoView({ block: 'center' })
      if (want.focus) el.focus({ preventScroll: true })
      if (flashed.current) {
        clearTimeout(flashed.current.timer)
        flashed.current.el.removeAttribute('data-flash')
      }
      el.setAttribute('data-flash', '')
      flashed.current = { el, timer: setTimeout(() => el.removeAttribute('data-flash'), FLASH_MS) }
    }
    attempt()
    return () => cancelAnimationFrame(frame)
  }, [asked, shown, idPrefix])
  useEffect(() => () => clearTimeout(flashed.current?.timer), [])

  const show = (passageId: string, focus: boolean) => {
    pending.current = { id: passageId, focus }
    setWanted(passageId)
    setShown(accountOfPassage(passageId))
    setAsked((n) => n + 1)
  }
  return { shown, setShown, show, wanted }
}
