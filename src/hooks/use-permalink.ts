import { useQuery, useQueryClient } from '@tanstack/react-query'
import { decodeLink, MAX_SHARE_LINK_LENGTH } from '../core'
import { builtinPairQuery } from '../data/builtin-pair'
import { openLinkResult } from '../data/open-link'

/** The comparison a link in the address bar opens; re-read when the fragment changes (back, forward). */
export function usePermalink(hash: string) {
  const client = useQueryClient()
  return useQuery({
    queryKey: ['permalink', hash],
    queryFn: () =>
      openLinkResult(
        (options) => decodeLink(hash, options),
        (id) => client.fetchQuery(builtinPairQuery(id)),
        'link',
      ),
    // Same link, same comparison: no refetching on focus or remount.
    staleTime: Infinity,
  })
}

/** The whole URL for a link fragment: this page's address (without its query) and the fragment. */
export function shareUrl(fragment: string): string {
  return `${window.location.origin}${window.location.pathname}${fragment}`
}

/**
 * Puts a freshly shared link into the address bar, so a reload or a bookmark keeps it. replaceState: the
 * page on screen does not change, so it gets no history entry of its own, and no hashchange re-opens it.
 * Links past the share limit stay out: browsers refuse or truncate URLs of a few megabytes.
 */
export function showLinkInAddressBar(fragment: string) {
  if (fragment.length > MAX_SHARE_LINK_LENGTH || window.location.hash === fragment) return
  try {
    window.history.replaceState(window.history.state, '', fragment)
  } catch {
    // A browser that refuses the URL keeps the old one; the share popover still holds the link.
  }
}
