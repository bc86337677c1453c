import { useSyncExternalStore } from 'react'
import { Button } from '../components/ui/button'
import type { Updates } from './updates'

/** A card at the top of the page; the region around it lets clicks through to the page. */
const CARD = 'rounded-lg border border-stone-300 bg-white px-3 py-2 text-stone-900 shadow-lg'
const NOTICE = `pointer-events-auto flex flex-wrap items-center gap-x-3 gap-y-1 ${CARD}`

/**
 * "A new version of Parallax is available — Reload": polite, and only on the reader's click. The live
 * region is always there, so the message is announced when it appears.
 */
export function UpdateNotice({ updates }: { updates: Updates }) {
  const available = useSyncExternalStore(updates.subscribe, updates.available)
  return (
    <div
      role="status"
      data-print="hide"
      className="pointer-events-none fixed inset-x-2 top-2 z-[60] flex justify-center font-sans text-sm"
    >
      {available && (
        <p className={NOTICE}>
          <span>A new version of Parallax is available —</span>
          <span className="flex gap-1.5">
            <Button variant="primary" size="sm" onClick={updates.reload}>
              Reload
            </Button>
            <Button variant="link" onClick={updates.dismiss} className="px-2.5 py-1 font-medium">
              Later
            </Button>
          </span>
        </p>
      )}
    </div>
  )
}
