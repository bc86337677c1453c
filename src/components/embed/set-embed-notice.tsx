import type { OpenedSet } from '../../data/open-link'
import { Isolated } from '../isolated'
import { buttonClass } from '../ui/button'

/**
 * A link of three to five accounts inside another site's page: the embedded view shows pairs only, so
 * it names the accounts and offers the comparison in Parallax, where the claims table is.
 */
export function SetEmbedNotice({ opened, appUrl }: { opened: OpenedSet; appUrl: string }) {
  const labels = opened.set.accounts.map((a) => a.label)
  return (
    <main className="flex flex-col gap-2 p-3 font-sans text-sm text-stone-800">
      <p className="text-[0.6875rem] font-semibold tracking-[0.14em] text-sky-800 uppercase">
        Parallax
      </p>
      <h1 className="font-serif text-lg text-stone-900">{opened.set.title}</h1>
      <p>
        {labels.length} accounts compared:{' '}
        {labels.map((label, i) => (
          <span key={i}>
            {i > 0 && ', '}
            <Isolated>{label}</Isolated>
          </span>
        ))}
        . The claims by account open in Parallax.
      </p>
      <a
        href={appUrl}
        target="_blank"
        rel="noopener"
        className={`${buttonClass('link')} self-start font-medium focus-ring`}
      >
        Open in Parallax<span aria-hidden="true"> ↗</span>
      </a>
    </main>
  )
}
