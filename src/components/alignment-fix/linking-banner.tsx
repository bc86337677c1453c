import { useEffect, useRef } from 'react'
import { passageIdOf } from '../passage-highlights'
import { REVEAL_EVENT } from '../reveal-passages'
import { useAlignmentFix } from './alignment-editing'
import { Isolated } from '../isolated'

const passageElement = (id: string) =>
  document.querySelector<HTMLElement>(`[data-segment="${CSS.escape(id)}"]`)

const excerpt = (text: string) => (text.length > 70 ? `${text.slice(0, 67).trimEnd()}…` : text)

/** The first passage of a side that shows in its pane, so a keyboard user starts picking where they look. */
function firstVisiblePassage(side: 'a' | 'b'): HTMLElement | null {
  const passages = [
    ...document.querySelectorAll<HTMLElement>(`[data-segment][data-side="${side}"]`),
  ]
  const inView = passages.find((p) => {
    const box = p.getBoundingClientRect()
    return box.bottom > 0 && box.top < window.innerHeight && box.height > 0
  })
  return inView ?? passages[0] ?? null
}

/**
 * While the reader aligns two passages by hand: says what to do next, takes the click (or Enter) on a passage of
 * the other account, and Esc or Cancel to stop. Fixed at the bottom of the screen, so it is in sight in
 * every layout while the reader scrolls the other pane for the partner.
 */
export function LinkingBanner({ labels }: { labels: [string, string] }) {
  const fix = useAlignmentFix()
  const pending = fix?.pending ?? null
  // Cancelling hands focus back to the passage the reader started from (set while linking).
  const cancelRef = useRef(() => {})

  useEffect(() => {
    if (!fix || !pending) return
    const other = pending.side === 'a' ? 'b' : 'a'
    const root = document.documentElement
    root.dataset.linkingTo = other
    // On a phone showing one account, the partner is in the other: show both before moving focus there.
    // After this render is done: showing the pane renders synchronously, which React refuses mid-commit.
    const start = setTimeout(() => {
      passageElement(pending.id)?.dispatchEvent(new CustomEvent(REVEAL_EVENT, { bubbles: true }))
      firstVisiblePassage(other)?.focus({ preventScroll: true })
    })
    const cancel = () => {
      fix.cancelLinking()
      passageElement(pending.id)?.focus()
    }
    cancelRef.current = cancel
    const partnerOf = (target: EventTarget | null) => {
      const id = passageIdOf(target)
      return id && fix.segment(id)?.side === other ? id : null
    }
    const onClick = (event: MouseEvent) => {
      const id = partnerOf(event.target)
      if (!id) return
      event.preventDefault()
      event.stopPropagation()
      fix.finishLinking(id)
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        // This Esc is the banner's: it must not also close a popover or dialog behind it.
        event.stopPropagation()
        cancel()
      } else if (event.key === 'Enter' || event.key === ' ') {
        const id = partnerOf(event.target)
        if (!id) return
        event.preventDefault()
        fix.finishLinking(id)
      }
    }
    document.addEventListener('click', onClick, true)
    document.addEventListener('keydown', onKey, true)
    return () => {
      clearTimeout(start)
      delete root.dataset.linkingTo
      document.removeEventListener('click', onClick, true)
      document.removeEventListener('keydown', onKey, true)
    }
  }, [fix, pending])

  if (!fix || !pending) return null
  const otherLabel = pending.side === 'a' ? labels[1] : labels[0]
  return (
    <div
      role="status"
      className="fixed inset-x-3 bottom-3 z-40 mx-auto flex max-w-2xl flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-sky-800 bg-sky-50 px-4 py-3 font-sans text-sm text-stone-900 shadow-lg max-[899px]:bottom-20 print:hidden"
    >
      <p className="min-w-0 flex-1">
        Aligning “<Isolated>{excerpt(pending.text)}</Isolated>”. Choose the passage in{' '}
        <strong>
          <Isolated>{otherLabel}</Isolated>
        </strong>{' '}
        that tells the same thing: click it, or Tab to it and press Enter. Esc cancels.
      </p>
      <button
        type="button"
        onClick={() => cancelRef.current()}
        className="rounded-md border border-stone-400 bg-white px-3 py-1 font-medium text-stone-800 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-800"
      >
        Cancel
      </button>
    </div>
  )
}
