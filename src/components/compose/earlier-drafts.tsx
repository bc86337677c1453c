import { useId } from 'react'
import { useDraftStore, useDrafts } from '../../hooks/use-drafts'
import { MAX_KEPT_CHARS, MAX_KEPT_DRAFTS, draftPreview } from '../../lib/kept-drafts'
import { Button, buttonClass } from '../ui/button'

/** When a draft was kept, in the reader's locale: the time today, the day and time before. */
function keptWhen(keptAt: number, now = new Date()): string {
  if (keptAt <= 0) return 'Earlier'
  const at = new Date(keptAt)
  const time: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' }
  return at.toDateString() === now.toDateString()
    ? at.toLocaleTimeString(undefined, time)
    : at.toLocaleString(undefined, { day: 'numeric', month: 'short', ...time })
}

/**
 * The earlier drafts kept, newest first: when, and the first words, each with Restore. Folded into one
 * line until opened, so it costs the compose view no room.
 */
export function EarlierDrafts() {
  const { kept } = useDrafts()
  const store = useDraftStore()
  const id = useId()
  if (kept.length === 0) return null
  return (
    <details className="font-sans text-sm text-stone-800">
      <summary className={`w-fit cursor-pointer font-medium focus-ring ${buttonClass('link')}`}>
        Earlier drafts ({kept.length})
      </summary>
      <p className="mt-1 text-stone-600">
        Drafts of yours that the example, a link or another tab replaced. The {MAX_KEPT_DRAFTS} most
        recent are kept, {MAX_KEPT_CHARS.toLocaleString('en')} characters at most.
      </p>
      <ul className="mt-2 flex flex-col gap-1.5">
        {kept.map((entry) => (
          <li key={entry.id} className="flex items-baseline gap-2">
            <Button
              size="xs"
              id={`${id}-${entry.id}`}
              aria-labelledby={`${id}-${entry.id} ${id}-${entry.id}-what`}
              className="shrink-0"
              onClick={() => store.restore(entry.id)}
            >
              Restore
            </Button>
            <span id={`${id}-${entry.id}-what`} className="min-w-0 break-words">
              <time
                dateTime={entry.keptAt > 0 ? new Date(entry.keptAt).toISOString() : undefined}
                className="text-stone-600 tabular-nums"
              >
                {keptWhen(entry.keptAt)}
              </time>{' '}
              “{draftPreview(entry.draft) || 'Empty'}”
            </span>
          </li>
        ))}
      </ul>
    </details>
  )
}
