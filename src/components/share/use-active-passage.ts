import { useEffect, useState } from 'react'
import { passageElementOf } from '../passage-elements'

/**
 * The passage the reader went to last, by pointer or by keyboard focus (itself or a tool inside it);
 * when the pointer leaves every passage, the focused one. Last, not the pointer's first: a pointer left
 * resting over a neighbour (where a tool was clicked) must not take the tools away from the passage
 * focused after it. Listened for once on the document, not per passage: a long account has thousands.
 */
export function useActivePassage(): HTMLElement | null {
  const [hovered, setHovered] = useState<HTMLElement | null>(null)
  const [focused, setFocused] = useState<HTMLElement | null>(null)
  const [lastBy, setLastBy] = useState<'pointer' | 'focus'>('pointer')
  useEffect(() => {
    const onOver = (event: MouseEvent) => {
      setHovered(passageElementOf(event.target))
      setLastBy('pointer')
    }
    const onOut = (event: MouseEvent) => {
      if (!passageElementOf(event.relatedTarget)) setHovered(null)
    }
    const onFocusIn = (event: FocusEvent) => {
      setFocused(passageElementOf(event.target))
      setLastBy('focus')
    }
    const onFocusOut = (event: FocusEvent) => setFocused(passageElementOf(event.relatedTarget))
    document.addEventListener('mouseover', onOver)
    document.addEventListener('mouseout', onOut)
    document.addEventListener('focusin', onFocusIn)
    document.addEventListener('focusout', onFocusOut)
    return () => {
      document.removeEventListener('mouseover', onOver)
      document.removeEventListener('mouseout', onOut)
      document.removeEventListener('focusin', onFocusIn)
      document.removeEventListener('focusout', onFocusOut)
    }
  }, [])
  const active = lastBy === 'focus' ? (focused ?? hovered) : (hovered ?? focused)
  // A passage its chunk took off the page (scrolled far away) has no tools to show.
  return active?.isConnected ? active : null
}
