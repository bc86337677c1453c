import { useEffect, useState } from 'react'
import { encodeLink, type LinkLens, type LinkState } from '../../core'
import { linkStateOf } from '../../data/link-pair'
import { useAlignmentFix } from '../alignment-fix/alignment-fix-context'
import type { AccountPair } from '../../data/pair'
import { shareUrl, showLinkInAddressBar } from '../../lib/page-address'
import type { TextSpan } from '../../lib/selection-offsets'

export type ShareLink =
  | { status: 'pending' }
  | { status: 'ready'; state: LinkState; url: string }
  | { status: 'failed'; message: string }

/**
 * The link to passages of the pair on screen. Encoding is asynchronous (pasted texts are compressed with
 * the browser's CompressionStream). Once made, the link goes into the address bar: this is the one moment
 * the URL changes, never on each keystroke or lens change.
 */
export function useShareLink(pair: AccountPair, lens: LinkLens, spans: TextSpan[]): ShareLink {
  const [link, setLink] = useState<ShareLink>({ status: 'pending' })
  // The reader's alignment corrections travel with the link: the labels it opens with depend on them.
  const corrections = useAlignmentFix()?.corrections
  useEffect(() => {
    let live = true
    const make = async (): Promise<ShareLink> => {
      try {
        const state = linkStateOf(pair, lens, spans, corrections)
        const fragment = await encodeLink(state)
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
  }, [pair, lens, spans, corrections])
  return link
}
