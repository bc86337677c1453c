import { useQuery } from '@tanstack/react-query'
import { ComparisonView } from '../components/comparison-view'
import { ErrorAlert, LoadingStatus, errorMessage } from '../components/status-messages'
import { builtinPairQuery } from '../data/builtin-pair'

/** The built-in pair: loaded from public/accounts, then compared. */
export function BuiltinComparisonPage() {
  const pair = useQuery(builtinPairQuery())
  // A retry after a failure is a load like the first: say so instead of leaving the old alert up.
  if (pair.isPending || (pair.isError && pair.isFetching)) {
    return <LoadingStatus message="Loading…" />
  }
  if (pair.isError) {
    return (
      <ErrorAlert
        message={`Could not load the built-in accounts. ${errorMessage(pair.error)}`}
        onRetry={() => void pair.refetch()}
      />
    )
  }
  return <ComparisonView key={pair.data.id} pair={pair.data} />
}
