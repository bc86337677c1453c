import { useMemo } from 'react'
import { ComparisonView } from '../components/comparison-view'
import { draftToPair } from '../data/draft-pair'
import { draftToSet, isSetDraft } from '../data/draft-set'
import { useDrafts } from '../hooks/use-drafts'
import { accountProblem } from '../lib/account-limits'
import { draftAccounts, type Draft } from '../lib/drafts'
import { COMPOSE_HREF } from '../lib/hrefs'
import { ManyComparisonPage } from './many-comparison-page'

const EDIT_LINK = { href: COMPOSE_HREF, label: 'Edit accounts' }

/** The draft of three to five accounts, compared all at once. */
function DraftSetComparison({ draft }: { draft: Draft }) {
  const set = useMemo(() => draftToSet(draft), [draft])
  return <ManyComparisonPage set={set} headerLink={EDIT_LINK} />
}

/** The draft of two accounts, compared side by side. */
function DraftPairComparison({ draft }: { draft: Draft }) {
  const pair = useMemo(() => draftToPair(draft), [draft])
  return <ComparisonView pair={pair} headerLink={EDIT_LINK} />
}

/** The reader's draft, compared. Read from the draft store, so a reload shows the same comparison. */
export function DraftComparisonPage() {
  const { current } = useDrafts()
  const ready = draftAccounts(current).every((account) => !accountProblem(account.text))

  if (!ready) {
    return (
      <main className="mx-auto max-w-xl p-6 font-sans">
        <h1 className="mb-2 text-xl font-semibold">Nothing to compare yet</h1>
        <p className="text-stone-700">
          {isSetDraft(current) ? 'Every account needs' : 'Both accounts need'} some text, and at
          most 2 MB each.{' '}
          <a className="text-sky-800 underline" href={COMPOSE_HREF}>
            Write or paste your accounts
          </a>
          .
        </p>
      </main>
    )
  }
  if (isSetDraft(current)) return <DraftSetComparison draft={current} />
  return <DraftPairComparison draft={current} />
}
