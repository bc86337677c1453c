import { useState, type ReactNode } from 'react'
import type { AccountKey } from '../../core'
import type { AccountSet, AccountSpan } from '../../data/account-set'
import type { Lens } from '../../hooks/use-comparison'
import { useManyComparison } from '../../hooks/use-many-comparison'
import { COMPOSE_HREF } from '../../lib/hrefs'
import type { HeaderLink } from '../comparison-header'
import { ComparisonProgress } from '../comparison-progress'
import { DownloadSetReport } from '../export/download-set-report'
import { ErrorAlert, StoppedStatus, errorMessage } from '../status-messages'
import { Button } from '../ui/button'
import { NO_CLAIM_FILTERS, type ClaimFilters } from './claim-filters'
import type { ClaimRow } from './claim-rows'
import { PairFromSet } from './pair-from-set'
import { SetBody } from './set-body'
import { SetHeader } from './set-header'
import { SetShareDialog } from './set-share-dialog'
import { useHistoryLayer } from './use-history-layer'

interface ManyComparisonViewProps {
  set: AccountSet
  headerLink?: HeaderLink
  /** The lens to open with (a shared link's), when not the set's own focus. */
  initialLens?: Lens
  /** The passages a link highlights. */
  highlights?: AccountSpan[]
  /** Shown under the header, e.g. what was wrong with the link that opened this comparison. */
  notice?: ReactNode
}

const NONE: AccountSpan[] = []
const FRAME =
  'mx-auto flex max-w-[100rem] flex-col gap-4 p-4 min-[900px]:px-6 min-[900px]:py-5 min-[1200px]:h-dvh'

/**
 * Three to five accounts of one event compared at once: the claims by account, and any two of them
 * side by side (over the table, with a history entry of its own, so Back returns to the table).
 */
export function ManyComparisonView(props: ManyComparisonViewProps) {
  const { set, headerLink = { href: COMPOSE_HREF, label: 'Compare your own' } } = props
  const [lens, setLens] = useState<Lens>(
    props.initialLens ?? (set.focus ? { focus: set.focus } : {}),
  )
  const [filters, setFilters] = useState<ClaimFilters>(NO_CLAIM_FILTERS)
  const [sharing, setSharing] = useState(false)
  const [returnTo, setReturnTo] = useState<string | null>(null)
  const side = useHistoryLayer<{ row: ClaimRow; x: AccountKey; y: AccountKey }>()
  // Kept above the side-by-side view, so the comparison stays in the cache while a pair is read.
  const { query, progress, stop } = useManyComparison(set.accounts, lens)
  const data = query.data

  if (side.layer && data) {
    return (
      <PairFromSet
        key={`${side.layer.x}${side.layer.y}`}
        set={set}
        comparison={data}
        {...side.layer}
        lens={lens}
        headerLink={headerLink}
        onBack={side.close}
      />
    )
  }

  // Out of the masthead's small capitals: these are buttons, in the buttons' own type.
  const actions = data && (
    <span className="flex flex-wrap items-center gap-x-3 gap-y-1 font-sans text-sm font-normal tracking-normal normal-case">
      <Button size="sm" onClick={() => setSharing(true)}>
        Share
      </Button>
      <DownloadSetReport set={set} comparison={data} lens={lens} />
    </span>
  )
  return (
    <div className={FRAME}>
      <SetHeader set={set} link={headerLink} actions={actions} />
      {props.notice}
      {data ? (
        <SetBody
          set={set}
          comparison={data}
          lens={lens}
          onLensChange={setLens}
          updating={query.isPlaceholderData && query.isFetching}
          progress={progress}
          filters={filters}
          onFilters={setFilters}
          highlights={props.highlights ?? NONE}
          returnTo={returnTo}
          onSideBySide={(row, x, y) => {
            setReturnTo(row.id)
            side.open({ row, x, y })
          }}
        />
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
      {sharing && (
        <SetShareDialog
          set={set}
          lens={lens}
          spans={NONE}
          title="Share this comparison"
          onClose={() => setSharing(false)}
        />
      )}
    </div>
  )
}
