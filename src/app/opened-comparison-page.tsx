import type { UseQueryResult } from '@tanstack/react-query'
import { LinkProblems } from '../components/share/link-problems'
import { OpenedComparisonView } from '../components/share/opened-comparison'
import { ErrorAlert, LoadingStatus, errorMessage } from '../components/status-messages'
import { isOpenedSet, type Opened } from '../data/open-link'
import { ManyComparisonPage } from './many-comparison-page'

/** A link or file being opened: a status while it is read, the comparison once it is. */
export function OpenedComparisonPage({ opened }: { opened: UseQueryResult<Opened> }) {
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
  const { data } = opened
  if (isOpenedSet(data)) {
    return (
      <ManyComparisonPage
        set={data.set}
        initialLens={data.lens}
        highlights={data.highlights}
        notice={<LinkProblems problems={data.problems} />}
      />
    )
  }
  return <OpenedComparisonView opened={data} />
}
