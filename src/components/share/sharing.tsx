import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react'
import type { LinkLens } from '../../core'
import type { AccountPair } from '../../data/pair'
import { httpUrl } from '../../core'
import { trimSpan, type TextSpan } from '../../lib/selection-offsets'
import { PassageTools } from './passage-tools'
import { SelectionLinkButton } from './selection-link-button'
import { SharePopover, type ShareSession } from './share-popover'
import type { ShareApi, ShareOptions } from './share-types'
import type { PassageNote } from '../passage-notes'

const sameSpan = (x: TextSpan, y: TextSpan) =>
  x.side === y.side && x.start === y.start && x.end === y.end

interface SharingProps {
  pair: AccountPair
  /** The lens on screen: a link opens the comparison under the same one. */
  lens: LinkLens
  /** What the passage tools say about a passage (see passage-notes.ts). */
  noteOf: (passageId: string) => PassageNote | null
  children: ReactNode
}

/**
 * Sharing for one comparison: the "Copy link" button by a selection, the passages' link tools, and the
 * share popover. The passages of the last link are remembered, so a held Shift can add one more (a
 * passage on each side, say) to the same link.
 */
export function Sharing({ pair, lens, noteOf, children }: SharingProps) {
  const [session, setSession] = useState<ShareSession | null>(null)
  const open = useRef<ShareSession | null>(null)
  const last = useRef<{ pair: AccountPair; spans: TextSpan[] }>({ pair, spans: [] })
  const sessions = useRef(0)

  const share = useCallback(
    (raw: TextSpan, options: ShareOptions) => {
      const span = trimSpan(pair[raw.side].text, raw)
      if (!span) return
      const before = last.current.pair === pair && options.add ? last.current.spans : []
      const spans = before.some((s) => sameSpan(s, span)) ? before : [...before, span]
      last.current = { pair, spans }
      open.current = {
        id: ++sessions.current,
        spans,
        anchor: options.anchor,
        copy: options.copy,
        returnFocus: options.returnFocus ?? null,
      }
      setSession(open.current)
    },
    [pair],
  )

  // Stable while the pair is, so the passage tools do not re-render on each share.
  const api = useMemo<ShareApi>(
    () => ({
      share,
      sourceOf: (side) => httpUrl(pair[side].url ?? ''),
      noteOf,
    }),
    [share, pair, noteOf],
  )

  const close = useCallback(() => {
    const target = open.current?.returnFocus
    open.current = null
    setSession(null)
    if (target?.isConnected) target.focus()
  }, [])

  return (
    <>
      {children}
      <PassageTools share={api} pair={pair} />
      <SelectionLinkButton onShare={share} hidden={session !== null} />
      {session && (
        <SharePopover key={session.id} session={session} pair={pair} lens={lens} onClose={close} />
      )}
    </>
  )
}
