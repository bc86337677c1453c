import { useEffect, useState } from 'react'
import { passageElementOf } from '../passage-elements'

/**
 * The passage element under the pointer, or else the one holding keyboard focus (itself or a tool
 * inside it). Listened for once on the document, not per passage: a long account has thousands of them.
 */
export function useActivePassage(): HTMLElement | null {
  const [hovered, setHovered] = useState<HTMLElement | null>(null)
  const [focused, setFocused] = useState<HTMLElement | null>(null)
  useEffect(() => {
    const onOver = (event: MouseEvent) => setHovered(passageElementOf(event.target))
    const onOut = (event: MouseEvent) => {
      if (!passageElementOf(event.relatedTarget)) setHovered(null)
    }
    const onFocusIn = (event: FocusEvent) => setFocused(passageElementOf(event.target))
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
  const active = hovered ?? focused
  // A passage its chunk took off the page (scrolled far away) has no tools to show.
  return active?.isConnected ? active : null
}
