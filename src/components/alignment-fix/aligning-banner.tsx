import { useEffect, useRef } from 'react'
import { passageIdOf, passageSelector, passagesOfSide } from '../passage-elements'
import { REVEAL_EVENT } from '../reveal-passages'
import { useAlignmentFix } from './alignment-fix-context'
import { Isolated } from '../isolated'
import { Button } from '../ui/button'

const passageElement = (id: string) => document.querySelector<HTMLElement>(passageSelector(id))

const excerpt = (text: string) => (text.length > 70 ? `${text.slice(0, 67).trimEnd()}…` : text)

/** The first passage of a side that shows in its pane, so a keyboard user starts picking where they look. */
function firstVisiblePassage(side: 'a' | 'b'): HTMLElement | null {
  const passages = [...document.querySelectorAll<HTMLElement>(passagesOfSide(side))]
  const inView = passages.find((p) => {
    const box = p.getBoundingClientRect()
    return box.bottom > 0 && box.top < window.innerHeight && box.height > 0
  })
  return inView ?? passages[0] ?? null
}

/** Along the bottom of the screen (above a phone's compact bar), whatever the layout, and never on paper. */
const DOCKED = 'fixed inset-x-3 bottom-3 z-40 mx-auto max-w-2xl max-[899px]:bottom-20 print:hidden'
const BANNER_LOOK =
  'rounded-lg border border-sky-800 bg-sky-50 px-4 py-3 font-sans text-sm text-stone-900 shadow-lg'

/**
 * While the reader aligns two passages by hand: says what to do next, takes the click (or Enter) on a passage of
 * the other account, and Esc or Cancel to stop. Fixed at the bottom of the screen, so it is in sight in
 * every layout while the reader scrolls the other pane for the partner.
 */
export function AligningBanner({ labels }: { labels: [string, string] }) {
  const fix = useAlignmentFix()
  const pending = fix?.pending ?? null
  // Cancelling hands focus back to the passage the reader started from (set while aligning).
  const cancelRef = useRef(() => {})

  useEffect(() => {
    if (!fix || !pending) return
    const other = pending.side === 'a' ? 'b' : 'a'
    const root = document.documentElement
    root.dataset.aligningTo = other
    // On a phone showing one account, the partner is in the other: show both before moving focus there.
    // After this render is done: showing the pane renders synchronously, which React refuses mid-commit.
    const start = setTimeout(() => {
      passageElement(pending.id)?.dispatchEvent(new CustomEvent(REVEAL_EVENT, { bubbles: true }))
      firstVisiblePassage(other)?.focus({ preventScroll: true })
    })
    const cancel = () => {
      fix.cancelAligning()
      passageElement(pending.id)?.focus()
    }
    cancelRef.current = cancel
    const partnerOf = (target: EventTarget | null) => {
      const id = passageIdOf(target)
      return id && fix.passage(id)?.side === other ? id : null
    }
    const onClick = (event: MouseEvent) => {
      const id = partnerOf(event.target)
      if (!id) return
      event.preventDefault()
      event.stopPropagation()
      fix.finishAligning(id)
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
        fix.finishAligning(id)
      }
    }
    document.addEventListener('click', onClick, true)
    document.addEventListener('keydown', onKey, true)
    return () => {
      clearTimeout(start)
      delete root.dataset.aligningTo
      document.removeEventListener('click', onClick, true)
      document.removeEventListener('keydown', onKey, true)
    }
  }, [fix, pending])

  if (!fix || !pending) return null
  const otherLabel = pending.side === 'a' ? labels[1] : labels[0]
  return (
    <div
      role="status"
      className={`flex flex-wrap items-center gap-x-4 gap-y-2 ${DOCKED} ${BANNER_LOOK}`}
    >
      <p className="min-w-0 flex-1">
        Aligning “<Isolated>{excerpt(pending.text)}</Isolated>”. Choose the passage in{' '}
        <strong>
          <Isolated>{otherLabel}</Isolated>
        </strong>{' '}
        that tells the same thing: click it, or Tab to it and press Enter. Esc cancels.
      </p>
      <Button size="sm" onClick={() => cancelRef.current()}>
        Cancel
      </Button>
    </div>
  )
}
