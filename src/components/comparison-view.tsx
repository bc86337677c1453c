import { useDeferredValue, useState, type ReactNode } from 'react'
import type { Comparison, ReaderCorrections } from '../core'
import type { AccountPair } from '../data/pair'
import { useAlignmentCorrections } from '../hooks/use-alignment-corrections'
import { useComparison, type Lens } from '../hooks/use-comparison'
import { AlignmentFixProvider } from './alignment-fix/alignment-fix-context'
import { CorrectionsNotice } from './alignment-fix/corrections-notice'
import { AligningBanner } from './alignment-fix/aligning-banner'
import { ComparisonActions } from './comparison-actions'
import { ComparisonBody } from './comparison-body'
import { ComparisonHeader, type HeaderLink } from './comparison-header'
import { ComparisonProgress } from './comparison-progress'
import { useCompactLayout } from './layout/use-compact-layout'
import { ErrorAlert, StoppedStatus, errorMessage } from './status-messages'

interface ComparisonViewProps {
  pair: AccountPair
  /** Where the header's link leads: composing a new pair, or editing this one. */
  headerLink?: HeaderLink
  /** The lens to open with, when not the pair's own focus (a shared link's, with its keywords). */
  initialLens?: Lens
  /** Shown under the header, e.g. what was wrong with the link that opened this comparison. */
  notice?: ReactNode
  /** Alignment corrections to open with (a shared link's); otherwise those kept for these texts. */
  initialCorrections?: ReaderCorrections
}

const isLong = (comparison: Comparison | undefined) =>
  !!comparison && comparison.segments.a.length + comparison.segments.b.length > 2000

/** Two accounts of one event, compared under a lens. */
export function ComparisonView(props: ComparisonViewProps) {
  const { pair, headerLink, initialLens, notice, initialCorrections } = props
  // A pair without a focus (the reader's own) gets the one the core proposes.
  const [lens, setLens] = useState<Lens>(initialLens ?? (pair.focus ? { focus: pair.focus } : {}))
  const corrector = useAlignmentCorrections(pair, initialCorrections)
  const { query, progress, stop } = useComparison(pair.a, pair.b, lens, corrector.corrections)
  // A long result renders as a transition, which React splits into short tasks; rendered at once, the
  // result for two long accounts would block the page for a few hundred milliseconds. A short one is
  // shown at once: deferring it would only add a render before the reader sees it.
  const deferred = useDeferredValue(query.data)
  const data = isLong(query.data) ? deferred : query.data
  const updating = (query.isPlaceholderData && query.isFetching) || data !== query.data
  const compact = useCompactLayout()
  const actions = data && (
    <ComparisonActions
      pair={pair}
      comparison={data}
      lens={lens}
      corrections={corrector.corrections}
    />
  )

  return (
    // On a phone the bottom padding keeps the compact bar from covering the end of the page.
    <div className="mx-auto flex max-w-[100rem] flex-col gap-4 p-4 max-[899px]:pb-24 min-[900px]:h-dvh min-[900px]:px-6 min-[900px]:py-5">
      <ComparisonHeader pair={pair} link={headerLink} actions={actions} compact={compact} />
      {notice}
      {data ? (
        <AlignmentFixProvider comparison={data} corrector={corrector}>
          <CorrectionsNotice />
          <ComparisonBody
            pair={pair}
            comparison={data}
            lens={lens}
            onLensChange={setLens}
            updating={updating}
            progress={progress}
            compact={compact}
            actions={actions}
          />
          <AligningBanner labels={[pair.a.label, pair.b.label]} />
        </AlignmentFixProvider>
      ) : query.isError ? (
        <ErrorAlert
          message={`Could not compare the accounts: ${errorMessage(query.error)}`}
          onRetry={() => void query.refetch()}
        />
      ) : query.isFetching ? (
        <ComparisonProgress percent={progress} message="Comparing…" onStop={stop} />
      ) : (
        <StoppedStatus onRestart={() => void query.refetch()} />
      )}
    </div>
  )
}
