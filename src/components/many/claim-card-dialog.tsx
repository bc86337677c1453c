import { useEffect, useState } from 'react'
import { encodeManyLink, type AccountPassage, type LinkLens } from '../../core'
import type { AccountSet } from '../../data/account-set'
import { manyLinkStateOf } from '../../data/set-link'
import { shareUrl } from '../../lib/page-address'
import type { CardInput } from '../../lib/quote-card/card-input'
import { QuoteCardSheet } from '../quote-card/quote-card-sheet'
import type { ClaimRow } from './claim-rows'
import type { Labels } from './claim-words'
import { claimCard, claimQuoteSpans } from './claim-card'

interface ClaimCardDialogProps {
  row: ClaimRow
  set: AccountSet
  labels: Labels
  lens: LinkLens
  byId: ReadonlyMap<string, AccountPassage>
  onClose: () => void
}

/** A claim row of a set as a quote card: every account's words side by side, with the `m1` link that
 * highlights them. The link is made here; the address bar is left alone. */
export function ClaimCardDialog(props: ClaimCardDialogProps) {
  const { row, set, labels, lens, byId, onClose } = props
  const [input, setInput] = useState<CardInput | { error: string } | null>(null)
  useEffect(() => {
    let live = true
    const spans = claimQuoteSpans(row, set, byId)
    encodeManyLink(manyLinkStateOf(set, lens, spans)).then(
      (fragment) => live && setInput(claimCard(row, set, labels, spans, shareUrl(fragment))),
      (error: unknown) =>
        live &&
        setInput({
          error: `Parallax could not make the card. ${error instanceof Error ? error.message : ''}`,
        }),
    )
    return () => {
      live = false
    }
  }, [row, set, labels, lens, byId])
  return <QuoteCardSheet input={input} onClose={onClose} />
}
