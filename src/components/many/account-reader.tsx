import { useId, useMemo, type ReactNode } from 'react'
import type { AccountKey, ManyComparison } from '../../core'
import { accountOf, type AccountSet, type AccountSpan } from '../../data/account-set'
import { Isolated } from '../isolated'
import { SegmentedControl } from '../ui/segmented-control'
import { AccountText } from './account-text'
import type { Labels } from './claim-words'

interface AccountReaderProps {
  set: AccountSet
  comparison: ManyComparison
  labels: Labels
  /** The account shown: one at a time, so five long accounts never crowd the page. */
  shown: AccountKey
  onShow: (account: AccountKey) => void
  highlights: readonly AccountSpan[]
  idPrefix: string
  /** A passage the reader was asked to bring into view: its chunk is rendered first. */
  wanted: string | null
}

// scroll-pt: a passage brought into view lands below the sticky label, not under it.
const PANE =
  'relative min-h-0 flex-1 scroll-pt-14 rounded-lg border border-stone-200 bg-white shadow-sm min-[1200px]:overflow-y-auto'

/** One account of the set at a time, its passages marked by how they stand to the other accounts. */
export function AccountReader(props: AccountReaderProps) {
  const { set, comparison, labels, shown, onShow, highlights, idPrefix, wanted } = props
  const headingId = useId()
  const account = accountOf(set, shown)!
  const passages = useMemo(
    () => comparison.accounts.find((a) => a.key === shown)?.passages ?? [],
    [comparison, shown],
  )
  const options = comparison.accounts.map((a): [AccountKey, ReactNode] => [
    a.key,
    <Isolated>{a.label}</Isolated>,
  ])

  return (
    <section aria-labelledby={headingId} className="flex min-h-0 flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-2 font-sans">
        <h2 id={headingId} className="text-base font-semibold text-stone-900">
          Read the accounts
        </h2>
        <SegmentedControl
          legend="Account shown"
          options={options}
          value={shown}
          onChange={onShow}
          className="segmented-wrap max-w-full"
        />
      </div>
      <section role="region" aria-label={account.label} className={PANE}>
        <header className="sticky top-0 z-10 border-b border-stone-200 bg-white/95 px-5 py-3 backdrop-blur">
          <h3 dir="auto" className="font-sans text-base font-semibold text-stone-900">
            {account.label}
          </h3>
        </header>
        <div className="reading px-5 py-4">
          <AccountText
            key={shown}
            passages={passages}
            text={account.text}
            ownLabel={account.label}
            labels={labels}
            highlights={highlights}
            idPrefix={idPrefix}
            wanted={wanted}
          />
        </div>
      </section>
    </section>
  )
}
