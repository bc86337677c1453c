import { useState } from 'react'
import type { AccountPair } from '../data/pair'
import { useComparison } from '../hooks/use-comparison'
import { ComparisonHeader } from './comparison-header'
import { ComparisonBody } from './comparison-body'
import { ErrorAlert, LoadingStatus, errorMessage } from './status-messages'

/** The first screen: two accounts of one event, compared under a focus lens. */
export function ComparisonView({ pair }: { pair: AccountPair }) {
  const [focus, setFocus] = useState(pair.focus)
  const comparison = useComparison(pair.a, pair.b, focus)

  return (
    <div className="mx-auto flex max-w-[100rem] flex-col gap-4 p-4 min-[900px]:h-dvh min-[900px]:px-6 min-[900px]:py-5">
      <ComparisonHeader pair={pair} />
      {comparison.data ? (
        <ComparisonBody
          pair={pair}
          comparison={comparison.data}
          updating={comparison.isPlaceholderData}
          onFocusChange={setFocus}
        />
      ) : comparison.isError ? (
        <ErrorAlert
          message={`Could not compare the accounts: ${errorMessage(comparison.error)}`}
          onRetry={() => void comparison.refetch()}
        />
      ) : (
        <LoadingStatus message="Comparing…" />
      )}
    </div>
  )
}
