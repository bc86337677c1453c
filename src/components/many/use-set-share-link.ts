import { useEffect, useState } from 'react'
import { encodeManyLink, type LinkLens, type ManyLinkState } from '../../core'
import type { AccountSet, AccountSpan } from '../../data/account-set'
import { manyLinkStateOf } from '../../data/set-link'
import { shareUrl, showLinkInAddressBar } from '../../lib/page-address'

export type SetShareLink =
  | { status: 'pending' }
  | { status: 'ready'; state: ManyLinkState; url: string }
  | { status: 'failed'; message: string }

/**
 * The `m1` link to a set and passages of its accounts (none: the whole comparison). As for a pair, the
 * link goes into the address bar once made, the one moment the URL changes.
 */
export function useSetShareLink(
  set: AccountSet,
  lens: LinkLens,
  spans: readonly AccountSpan[],
): SetShareLink {
  const [link, setLink] = useState<SetShareLink>({ status: 'pending' })
  useEffect(() => {
    let live = true
    const make = async (): Promise<SetShareLink> => {
      try {
        const state = manyLinkStateOf(set, lens, spans)
        const fragment = await encodeManyLink(state)
        if (live) showLinkInAddressBar(fragment)
        return { status: 'ready', state, url: shareUrl(fragment) }
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        return { status: 'failed', message: `Parallax could not make this link. ${reason}` }
      }
    }
    void make().then((made) => live && setLink(made))
    return () => {
      live = false
    }
  }, [set, lens, spans])
  return link
}
