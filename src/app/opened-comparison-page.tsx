import type { UseQueryResult } from '@tanstack/react-query'
import { OpenedComparisonView } from '../components/share/opened-comparison'
import { ErrorAlert, LoadingStatus, errorMessage } from '../components/status-messages'
import type { OpenedComparison } from '../data/open-link'

/** A link or file being opened: a status while it is read, the comparison once it is. */
export function OpenedComparisonPage({ opened }: { opened: UseQueryResult<OpenedComparison> }) {
  // A retry after a failure is a load like the first: say so instead of leaving the old alert up.
  if (opened.isPending || (opened.isError && opened.isFetching)) {
    return <LoadingStatus message="Opening…" />
  }
  if (opened.isError) {
    // Only loading the built-in pair can fail here; a bad link or file still opens, with an alert.
    return (
      <ErrorAlert
        message={`Could not open this comparison. ${errorMessage(opened.error)}`}
        onRetry={() => void opened.refetch()}
      />
    )
  }
  return <OpenedComparisonView opened={opened.data} />
}
