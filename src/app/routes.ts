import { startTransition, useEffect, useState } from 'react'
import { isLinkFragment } from '../core'
import { COMPOSE_HREF, DRAFT_COMPARISON_HREF } from '../lib/hrefs'
import { FILE_HREF } from '../lib/opened-file'

/**
 * The app's routes, all in the URL fragment: the fragment never reaches a server, and a static host
 * needs no rewrites. `#/` (or no fragment) is the built-in comparison, `#/new` the compose view and
 * `#/compare` the comparison of the reader's draft (read from the draft, so a reload shows it again).
 * A shared link (`#b1.….e`, `#p1.….e`, docs/links.md) opens its comparison; `#/file` shows a comparison
 * file the reader opened.
 */
export type Route =
  | { name: 'comparison' }
  | { name: 'compose' }
  | { name: 'draft-comparison' }
  | { name: 'link'; hash: string }
  | { name: 'file' }
  | { name: 'not-found'; hash: string }

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '')
  if (path === '' || path === '/') return { name: 'comparison' }
  if (`#${path}` === COMPOSE_HREF) return { name: 'compose' }
  if (`#${path}` === DRAFT_COMPARISON_HREF) return { name: 'draft-comparison' }
  if (`#${path}` === FILE_HREF) return { name: 'file' }
  // Any version's tag, so a link from a newer Parallax gets its own message rather than "nothing here".
  if (isLinkFragment(path)) return { name: 'link', hash }
  return { name: 'not-found', hash }
}

// Back and forward between links fire both events (popstate alone where only the state changed); the
// route is read from the fragment either way, so a repeat is a no-op. replaceState (sharing) fires
// neither: putting a new link in the address bar does not reopen the page.
function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange)
  window.addEventListener('popstate', onChange)
  return () => {
    window.removeEventListener('hashchange', onChange)
    window.removeEventListener('popstate', onChange)
  }
}

/** The route for the current fragment, updated on every hash change. The new page renders as a
 * transition, in slices between frames: leaving the compose view with two megabyte-long texts for
 * their comparison must not hold the main thread for one long task (a synchronous store would). */
export function useRoute(): Route {
  const [hash, setHash] = useState(() => window.location.hash)
  useEffect(() => {
    const onChange = () => startTransition(() => setHash(window.location.hash))
    // The fragment may have changed between the first render and this effect.
    onChange()
    return subscribe(onChange)
  }, [])
  return parseRoute(hash)
}
