import { useSyncExternalStore } from 'react'
import { COMPOSE_HREF, DRAFT_COMPARISON_HREF } from '../lib/hrefs'

/**
 * The app's routes, all in the URL fragment: the fragment never reaches a server, and a static host
 * needs no rewrites. `#/` (or no fragment) is the built-in comparison, `#/new` the compose view and
 * `#/compare` the comparison of the reader's draft (read from the draft, so a reload shows it again).
 */
export type Route =
  | { name: 'comparison' }
  | { name: 'compose' }
  | { name: 'draft-comparison' }
  | { name: 'not-found'; hash: string }

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '')
  if (path === '' || path === '/') return { name: 'comparison' }
  if (`#${path}` === COMPOSE_HREF) return { name: 'compose' }
  if (`#${path}` === DRAFT_COMPARISON_HREF) return { name: 'draft-comparison' }
  return { name: 'not-found', hash }
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

const currentHash = () => window.location.hash

/** The route for the current fragment, updated on every hash change. */
export function useRoute(): Route {
  return parseRoute(useSyncExternalStore(subscribe, currentHash))
}
