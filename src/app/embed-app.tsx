import { useQuery } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'
import { isLinkFragment } from '../core'
import { EmbedView } from '../components/embed/embed-view'
import { ErrorAlert, LoadingStatus, errorMessage } from '../components/status-messages'
import { builtinPairQuery } from '../data/builtin-pair'
import { SetEmbedNotice } from '../components/embed/set-embed-notice'
import { isOpenedSet, type OpenedComparison } from '../data/open-link'
import { usePermalink } from '../hooks/use-permalink'

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}
const currentHash = () => window.location.hash

/** The app's own page for this comparison: the same fragment, on index.html beside this page. */
const appUrl = (hash: string) => new URL('./', window.location.href).href.replace(/#.*$/, '') + hash

function Opened(props: { query: ReturnType<typeof usePermalink>; hash: string }) {
  const { query, hash } = props
  if (query.isPending) return <LoadingStatus message="Opening…" />
  if (query.isError) {
    return (
      <ErrorAlert
        message={`Could not open this comparison. ${errorMessage(query.error)}`}
        onRetry={() => void query.refetch()}
      />
    )
  }
  if (isOpenedSet(query.data)) return <SetEmbedNotice opened={query.data} appUrl={appUrl(hash)} />
  return <EmbedView key={hash} opened={query.data} appUrl={appUrl(hash)} />
}

function LinkEmbed({ hash }: { hash: string }) {
  return <Opened query={usePermalink(hash)} hash={hash} />
}

function BuiltinEmbed() {
  const pair = useQuery(builtinPairQuery())
  if (pair.isPending) return <LoadingStatus message="Loading…" />
  if (pair.isError) {
    return (
      <ErrorAlert
        message={`Could not load the built-in accounts. ${errorMessage(pair.error)}`}
        onRetry={() => void pair.refetch()}
      />
    )
  }
  const opened: OpenedComparison = {
    pair: pair.data,
    lens: pair.data.focus ? { focus: pair.data.focus } : {},
    highlights: [],
    problems: [],
  }
  return <EmbedView opened={opened} appUrl={appUrl('')} />
}

/** The embedded view's page: the comparison its fragment names (a shared link), or the built-in one. */
export function EmbedApp() {
  const hash = useSyncExternalStore(subscribe, currentHash)
  const fragment = hash.replace(/^#/, '')
  return isLinkFragment(fragment) ? <LinkEmbed key={hash} hash={hash} /> : <BuiltinEmbed />
}
