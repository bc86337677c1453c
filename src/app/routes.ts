import { useSyncExternalStore } from 'react'

/**
 * The app's routes, all in the URL fragment: the fragment never reaches a server, and a static host
 * needs no rewrites. `#/` (or no fragment) is the built-in comparison.
 */
export type Route = { name: 'comparison' } | { name: 'not-found'; hash: string }

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '')
  if (path === '' || path === '/') return { name: 'comparison' }
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
