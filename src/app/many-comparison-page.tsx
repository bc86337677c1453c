import { lazy, Suspense, type ComponentProps } from 'react'
import { LoadingStatus } from '../components/status-messages'

// Most comparisons are of two accounts: the view of three to five loads when one is opened (the
// service worker keeps it for offline use like every other file of the build).
const ManyComparisonView = lazy(async () => ({
  default: (await import('../components/many/many-comparison-view')).ManyComparisonView,
}))

/** The comparison of three to five accounts, its code loaded on first use. */
export function ManyComparisonPage(props: ComponentProps<typeof ManyComparisonView>) {
  return (
    <Suspense fallback={<LoadingStatus message="Opening…" />}>
      <ManyComparisonView {...props} />
    </Suspense>
  )
}
