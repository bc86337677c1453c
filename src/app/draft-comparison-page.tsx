import { useMemo } from 'react'
import { ComparisonView } from '../components/comparison-view'
import { draftToPair } from '../data/draft-pair'
import { useDrafts } from '../hooks/use-drafts'
import { accountProblem } from '../lib/account-limits'
import { COMPOSE_HREF } from '../lib/hrefs'

const EDIT_LINK = { href: COMPOSE_HREF, label: 'Edit accounts' }

/** The reader's draft, compared. Read from the draft store, so a reload shows the same comparison. */
export function DraftComparisonPage() {
  const { current } = useDrafts()
  const pair = useMemo(() => draftToPair(current), [current])
  const ready = !accountProblem(current.a.text) && !accountProblem(current.b.text)

  if (!ready) {
    return (
      <main className="mx-auto max-w-xl p-6 font-sans">
        <h1 className="mb-2 text-xl font-semibold">Nothing to compare yet</h1>
        <p className="text-stone-700">
          Both accounts need some text, and at most 2 MB each.{' '}
          <a className="text-sky-800 underline" href={COMPOSE_HREF}>
            Write or paste your accounts
          </a>
          .
        </p>
      </main>
    )
  }
  return <ComparisonView pair={pair} headerLink={EDIT_LINK} />
}
