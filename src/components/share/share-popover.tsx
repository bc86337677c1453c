import { useEffect, useId, useRef, type CSSProperties } from 'react'
import type { LinkLens } from '../../core'
import type { AccountPair } from '../../data/pair'
import type { TextSpan } from '../../lib/selection-offsets'
import { SharePanel } from './share-panel'
import { useDismiss } from './use-dismiss'
import { useShareLink } from './use-share-link'

export interface ShareSession {
  id: number
  spans: TextSpan[]
  /** What the popover opens by, in viewport coordinates. */
  anchor: DOMRect
  /** Copy the link as soon as it is ready. */
  copy: boolean
  returnFocus: HTMLElement | null
}

interface SharePopoverProps {
  session: ShareSession
  pair: AccountPair
  lens: LinkLens
  onClose: () => void
}

const WIDTH = 416
/** About the popover's height, to open it above its anchor when there is no room below. */
const HEIGHT = 340

/** Below the anchor (or above, near the bottom of the window), inside the window. From 640px up only:
 * narrower screens get a sheet along the bottom edge. */
function placement(anchor: DOMRect): CSSProperties {
  const left = Math.max(8, Math.min(anchor.left, window.innerWidth - WIDTH - 8))
  const below = anchor.bottom + 8
  const top = below + HEIGHT <= window.innerHeight ? below : Math.max(8, anchor.top - 8 - HEIGHT)
  return { '--pop-top': `${top}px`, '--pop-left': `${left}px` } as CSSProperties
}

// A sheet along the bottom of a phone's screen; from the sm breakpoint, a popover by what it shares
// (placement() sets --pop-top and --pop-left).
const SHEET_ON_PHONES = 'fixed inset-x-0 bottom-0 z-50 max-h-[85dvh] overflow-y-auto rounded-t-xl'
const POPOVER_FROM_SM =
  'sm:inset-x-auto sm:top-(--pop-top) sm:bottom-auto sm:left-(--pop-left) sm:w-[26rem] sm:rounded-xl'
const POPOVER_LOOK =
  'flex flex-col gap-3 border border-stone-300 bg-white p-4 font-sans text-sm text-stone-900 shadow-2xl outline-none'

/** The share popover: a non-modal dialog by the passage or selection it links to. */
export function SharePopover({ session, pair, lens, onClose }: SharePopoverProps) {
  const titleId = useId()
  const dialog = useRef<HTMLDivElement>(null)
  const link = useShareLink(pair, lens, session.spans)
  useDismiss(dialog, onClose)
  // Into the dialog at once; the link box takes focus when the link is ready.
  useEffect(() => dialog.current?.focus(), [])
  const count = session.spans.length

  return (
    <div
      ref={dialog}
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      style={placement(session.anchor)}
      className={`${SHEET_ON_PHONES} ${POPOVER_FROM_SM} ${POPOVER_LOOK}`}
    >
      <div className="flex items-baseline justify-between gap-3">
        <h2 id={titleId} className="text-base font-semibold">
          {count === 1 ? 'Share this passage' : `Share these ${count} passages`}
        </h2>
        <button
          type="button"
          onClick={onClose}
          className="rounded-md px-2 py-0.5 text-stone-600 underline underline-offset-2 focus-ring-tight hover:text-stone-900"
        >
          Close
        </button>
      </div>
      {link.status === 'pending' && <p role="status">Making the link…</p>}
      {link.status === 'failed' && (
        <p role="alert" className="notice" data-tone="warn">
          {link.message}
        </p>
      )}
      {link.status === 'ready' && (
        <SharePanel pair={pair} spans={session.spans} link={link} copyAtOnce={session.copy} />
      )}
      {/* No Shift key on a touch screen: the hint would only puzzle. */}
      <p className="text-xs text-stone-500 pointer-coarse:hidden">
        Hold Shift as you press “Copy link” or “Link to this passage” to add another passage, on
        either side, to this link.
      </p>
    </div>
  )
}
