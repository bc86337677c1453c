import type { DraftOrigin } from '../../lib/drafts'
import { useDraftStore, useDrafts } from '../../hooks/use-drafts'

const ASIDE_REASON: Record<DraftOrigin, string> = {
  example: 'The example replaced your draft in the boxes; your draft is kept.',
  link: 'A shared comparison replaced your draft in the boxes; your draft is kept.',
  reader: 'An earlier draft of yours is kept.',
}

const buttonClass =
  'ml-2 rounded-md border border-current px-2 py-0.5 text-sm font-medium hover:bg-white/60 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-800'

/** What happened to the reader's drafts: changed in another tab, kept aside, not saved, or unreadable. */
export function DraftNotices() {
  const { current, aside, unsaved, corrupt, elsewhere } = useDrafts()
  const store = useDraftStore()
  return (
    <>
      {elsewhere && (
        <div role="alert" className="notice" data-tone="warn">
          Your draft was changed in another tab. This tab stops saving until you choose which draft
          to keep.
          <button type="button" className={buttonClass} onClick={store.takeElsewhere}>
            Load the other tab’s draft
          </button>
          <button type="button" className={buttonClass} onClick={store.keepMine}>
            Keep mine
          </button>
        </div>
      )}
      {corrupt && (
        <div role="alert" className="notice" data-tone="warn">
          A saved draft could not be read, so it was ignored: the boxes start empty.
          <button type="button" className={buttonClass} onClick={store.dismissCorrupt}>
            Dismiss
          </button>
        </div>
      )}
      {unsaved && (
        <div role="alert" className="notice" data-tone="warn">
          Drafts cannot be saved in this browser: its storage is full or turned off. What you type
          stays here only until this page is closed.
        </div>
      )}
      {aside && (
        <div role="status" className="notice" data-tone="info">
          {ASIDE_REASON[current.origin]}
          <button type="button" className={buttonClass} onClick={store.restore}>
            Restore draft
          </button>
        </div>
      )}
    </>
  )
}
