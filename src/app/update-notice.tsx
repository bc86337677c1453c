import { useSyncExternalStore } from 'react'
import type { Updates } from './updates'

const buttonClass =
  'rounded-md px-2.5 py-1 font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-800'

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
        <p className="pointer-events-auto flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border border-stone-300 bg-white px-3 py-2 text-stone-900 shadow-lg">
          <span>A new version of Parallax is available —</span>
          <span className="flex gap-1.5">
            <button
              type="button"
              onClick={updates.reload}
              className={`${buttonClass} bg-sky-800 text-white hover:bg-sky-900`}
            >
              Reload
            </button>
            <button
              type="button"
              onClick={updates.dismiss}
              className={`${buttonClass} text-stone-700 underline underline-offset-2 hover:text-stone-900`}
            >
              Later
            </button>
          </span>
        </p>
      )}
    </div>
  )
}
