import { MAX_SHARE_LINK_LENGTH } from '../core'

/** The whole URL for a permalink fragment: this page's address (without its query) and the fragment. */
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
