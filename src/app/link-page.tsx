import { usePermalink } from '../hooks/use-permalink'
import { OpenedComparisonPage } from './opened-comparison-page'

/**
 * A shared link (`#b1.….e`, `#p1.….e`): the comparison it carries, with its passages highlighted. The
 * address bar keeps the link; the reader's draft is never touched. Keyed by the fragment in app.tsx, so
 * back and forward between links open each afresh.
 */
export function LinkPage({ hash }: { hash: string }) {
  return <OpenedComparisonPage opened={usePermalink(hash)} />
}
