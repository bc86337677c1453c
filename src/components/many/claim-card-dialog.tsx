import { useCallback } from 'react'
import { encodeManyLink, type AccountPassage, type LinkLens } from '../../core'
import type { AccountSet } from '../../data/account-set'
import { manyLinkStateOf } from '../../data/set-link'
import { shareUrl } from '../../lib/page-address'
import { QuoteCardSheet } from '../quote-card/quote-card-sheet'
import { useCardInput } from '../quote-card/use-card-input'
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
  const make = useCallback(async () => {
    const spans = claimQuoteSpans(row, set, byId)
    const fragment = await encodeManyLink(manyLinkStateOf(set, lens, spans))
    return claimCard(row, set, labels, spans, shareUrl(fragment))
  }, [row, set, labels, lens, byId])
  const input = useCardInput(make)
  return <QuoteCardSheet input={input} onClose={onClose} />
}
