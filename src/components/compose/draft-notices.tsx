import type { DraftOrigin } from '../../lib/drafts'
import type { DraftLoss } from '../../lib/draft-parts'
import { useDraftStore, useDrafts } from '../../hooks/use-drafts'
import { DownloadTextsButton } from './download-texts-button'
import { EarlierDrafts } from './earlier-drafts'

const REPLACED: Record<Exclude<DraftOrigin, 'reader'>, string> = {
  example: 'The example replaced your draft in the boxes; your draft is kept.',
  link: 'A shared comparison replaced your draft in the boxes; your draft is kept.',
}

const LOST: Record<Exclude<DraftLoss, 'everything'>, string> = {
  details: 'labels, sources and dates',
  'text-a': 'the first account’s text',
  'text-b': 'the second account’s text',
  'text-more': 'the text of an account you added',
  'earlier-text': 'a text of an earlier draft',
}

/** What a damaged stored draft cost, in a sentence: what came back, and what did not. */
function damageMessage(lost: DraftLoss[]): string {
  if (lost.includes('everything')) {
    return 'A saved draft could not be read, so it was ignored: the boxes start empty.'
  }
  const parts = lost.map((loss) => LOST[loss as Exclude<DraftLoss, 'everything'>])
  return `Part of your saved draft could not be read. Everything else is back; lost: ${parts.join(', ')}.`
}

const buttonClass =
  'ml-2 rounded-md border border-current px-2 py-0.5 text-sm font-medium hover:bg-white/60 focus-ring'

/**
 * What happened to the reader's drafts, above the boxes where they look: changed in another tab, not
 * saved, damaged, replaced (and kept), and the earlier drafts kept.
 */
export function DraftNotices() {
  const { current, kept, unsaved, lost, elsewhere } = useDrafts()
  const store = useDraftStore()
  return (
    <>
      {elsewhere && (
        <div role="alert" className="notice" data-tone="warn">
          Your draft was changed in another tab. This tab stops saving until you choose which draft
          to keep; the other is kept under Earlier drafts.
          <button type="button" className={buttonClass} onClick={store.takeElsewhere}>
            Load the other tab’s draft
          </button>
          <button type="button" className={buttonClass} onClick={store.keepMine}>
            Keep mine
          </button>
        </div>
      )}
      {lost.length > 0 && (
        <div role="alert" className="notice" data-tone="warn">
          {damageMessage(lost)}
          <button type="button" className={buttonClass} onClick={store.dismissDamage}>
            Dismiss
          </button>
        </div>
      )}
      {unsaved && (
        <div role="alert" className="notice" data-tone="warn">
          Drafts cannot be saved in this browser: its storage is full or turned off. What you type
          stays here only until this page is closed, so download your texts before you leave.
          <DownloadTextsButton className={buttonClass} />
        </div>
      )}
      {kept.length > 0 && current.origin !== 'reader' && (
        <div role="status" className="notice" data-tone="info">
          {REPLACED[current.origin]}
          <button type="button" className={buttonClass} onClick={() => store.restore()}>
            Restore draft
          </button>
        </div>
      )}
      <EarlierDrafts />
    </>
  )
}
