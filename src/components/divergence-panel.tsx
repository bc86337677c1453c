import { type RefObject, useDeferredValue, useEffect, useRef, useState } from 'react'
import type { Divergence } from '../core'
import { DivergenceItem } from './divergence-item'
import { Button } from './ui/button'

/** On a phone the list sits above the panes, so it starts with the ones a reader leads with. */
const SHOWN_ON_PHONES = 5
/** Long accounts diverge in thousands of places; the list shows this many more at a time. */
const PAGE = 40

interface DivergencePanelProps {
  /** The divergences listed: all of them, or those the filters let through. */
  divergences: Divergence[]
  /** How many there are before filtering. */
  total: number
  labels: [string, string]
  onSelect: (divergence: Divergence) => void
  currentId: string | null
  /** On a phone, where the list comes first: takes the reader down to the accounts. */
  onReadAccounts?: () => void
}

/**
 * Scrolls the list (only the list: the page is the panes' to scroll) so the current item is in view,
 * where the list scrolls on its own.
 */
function useCurrentInView(nav: RefObject<HTMLElement | null>, currentId: string | null) {
  useEffect(() => {
    const list = nav.current
    const item = list?.querySelector<HTMLElement>('[data-current]')
    if (!list || !item || list.scrollHeight <= list.clientHeight) return
    const top = item.offsetTop
    const bottom = top + item.offsetHeight
    if (top < list.scrollTop) list.scrollTo({ top })
    else if (bottom > list.scrollTop + list.clientHeight) {
      list.scrollTo({ top: bottom - list.clientHeight })
    }
  }, [nav, currentId])
}

/** Where the accounts diverge, in the core's ranking: the focus topic first. */
export function DivergencePanel(props: DivergencePanelProps) {
  const { divergences, total, labels, onSelect, currentId, onReadAccounts } = props
  const [expanded, setExpanded] = useState(false)
  const [shown, setShown] = useState(PAGE)
  const nav = useRef<HTMLElement>(null)
  // A long list comes in a render (and a frame) of its own, after the panes' first one.
  const deferred = useDeferredValue(divergences, [])
  const listed = divergences.length > PAGE ? deferred : divergences
  // Stepping past the part of the list shown brings the current item in.
  const currentIndex = listed.findIndex((d) => d.id === currentId)
  const visible = listed.slice(0, Math.max(shown, currentIndex + 1))
  const collapsed = !expanded && currentIndex < SHOWN_ON_PHONES
  const hiddenOnPhones = collapsed ? Math.max(0, visible.length - SHOWN_ON_PHONES) : 0
  const notShown = listed.length - visible.length
  useCurrentInView(nav, currentId)

  return (
    <nav
      ref={nav}
      aria-label="Divergences"
      className="relative min-h-0 min-[900px]:overflow-y-auto min-[900px]:pr-1"
    >
      <div className="mb-2 flex items-baseline justify-between gap-3">
        <h2 className="font-sans text-sm font-semibold text-stone-800">
          Divergences{' '}
          <span className="font-normal text-stone-500">
            ({divergences.length === total ? total : `${divergences.length} of ${total}`})
          </span>
        </h2>
        {onReadAccounts && (
          <Button variant="link" onClick={onReadAccounts} className="font-sans text-sm">
            Read the accounts <span aria-hidden="true">↓</span>
          </Button>
        )}
      </div>
      {total === 0 ? (
        <p className="text-sm text-stone-600">The accounts do not diverge on any topic found.</p>
      ) : divergences.length === 0 ? (
        <p className="text-sm text-stone-600">No divergence is on the focus topic.</p>
      ) : (
        <ol className="flex flex-col gap-2">
          {visible.map((divergence, index) => (
            <DivergenceItem
              key={divergence.id}
              divergence={divergence}
              labels={labels}
              onSelect={onSelect}
              hiddenOnPhones={index >= SHOWN_ON_PHONES && collapsed}
              current={divergence.id === currentId}
            />
          ))}
        </ol>
      )}
      {hiddenOnPhones > 0 && (
        <Button
          variant="link"
          onClick={() => setExpanded(true)}
          className="mt-2 font-sans text-sm min-[900px]:hidden"
        >
          Show {hiddenOnPhones} more
        </Button>
      )}
      {notShown > 0 && (
        <Button
          variant="link"
          onClick={() => setShown((n) => n + PAGE)}
          className={`mt-2 font-sans text-sm ${hiddenOnPhones > 0 ? 'max-[899px]:hidden' : ''}`}
        >
          Show {Math.min(PAGE, notShown)} more ({notShown.toLocaleString('en')} not listed yet)
        </Button>
      )}
    </nav>
  )
}
