import { useEffect, useId, useMemo, useRef, useState } from 'react'
import type { Comparison, Divergence } from '../core'
import { counterpartMap } from './counterpart-map'
import { ANY_PASSAGE } from './passage-elements'
import { createPassageHighlights, passageDomId } from './passage-highlights'
import { createPassageRequests } from './passage-requests'
import { revealWhenRendered, type FindPassage, type ShowPassages } from './reveal-passages'

/**
 * How the page shows the passages of one comparison: counterparts lit on hover and focus, passages
 * flashed and brought into view after a jump, and rendered first when their chunk is off the page; on a
 * phone, the way down from the divergence list to the accounts.
 * All of them find passage elements through one lookup by DOM id (`idPrefix` keeps the ids unique).
 */
export function usePassageDisplay(passages: Comparison['segments']) {
  const panesRef = useRef<HTMLDivElement>(null)
  const idPrefix = useId()
  const [findPassage] = useState(
    (): FindPassage => (id) => document.getElementById(passageDomId(idPrefix, id)),
  )
  const [highlights] = useState(() => createPassageHighlights(findPassage))
  const [requests] = useState(createPassageRequests)
  const counterparts = useMemo(() => counterpartMap([...passages.a, ...passages.b]), [passages])
  useEffect(() => highlights.setCounterparts(counterparts), [highlights, counterparts])
  const stopReveal = useRef<() => void>(() => {})
  useEffect(() => () => stopReveal.current(), [])

  const showPassages: ShowPassages = (sides, onRevealed) => {
    if (!panesRef.current) return
    stopReveal.current()
    // A long account is rendered near the viewport only: ask for the passages, and wait for them.
    requests.request(sides.flat())
    stopReveal.current = revealWhenRendered(panesRef.current, sides, findPassage, onRevealed)
  }
  const showDivergence = (divergence: Divergence) =>
    showPassages([divergence.a, divergence.b], () =>
      highlights.flash([...divergence.a, ...divergence.b]),
    )
  /** Down to the accounts (on a phone they follow the divergence list), focus on their first passage. */
  const showAccounts = () => {
    const panes = panesRef.current
    panes?.parentElement?.scrollIntoView({ block: 'start' })
    panes?.querySelector<HTMLElement>(ANY_PASSAGE)?.focus({ preventScroll: true })
  }
  return { panesRef, idPrefix, highlights, requests, showPassages, showDivergence, showAccounts }
}
