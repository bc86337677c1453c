import { ComposeView } from '../components/compose/compose-view'
import { BUILTIN_HREF } from '../lib/hrefs'
import { BuiltinComparisonPage } from './builtin-comparison-page'
import { DraftComparisonPage } from './draft-comparison-page'
import { ErrorBoundary } from './error-boundary'
import { FilePage } from './file-page'
import { LinkPage } from './link-page'
import { useRoute, type Route } from './routes'

function NotFoundPage({ hash }: { hash: string }) {
  return (
    <main className="mx-auto max-w-xl p-6 font-sans">
      <h1 className="mb-2 text-xl font-semibold">Nothing here</h1>
      <p className="text-stone-700">
        Parallax has no page at <code>{hash}</code>.{' '}
        <a className="text-sky-800 underline" href={BUILTIN_HREF}>
          Open the built-in comparison
        </a>
        .
      </p>
    </main>
  )
}

export function App() {
  const route = useRoute()
  // Keyed by route, so following a link away from a broken page starts it afresh.
  return <ErrorBoundary key={route.name}>{renderRoute(route)}</ErrorBoundary>
}

function renderRoute(route: Route) {
  switch (route.name) {
    case 'comparison':
      return <BuiltinComparisonPage />
    case 'compose':
      return <ComposeView />
    case 'draft-comparison':
      return <DraftComparisonPage />
    case 'link':
      // By link: back and forward from one link to another open the other afresh.
      return <LinkPage key={route.hash} hash={route.hash} />
    case 'file':
      return <FilePage />
    case 'not-found':
      return <NotFoundPage hash={route.hash} />
  }
}
