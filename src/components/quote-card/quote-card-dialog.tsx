import { useCallback } from 'react'
import { encodeLink, type Comparison, type LinkLens, type ReaderCorrections } from '../../core'
import { linkStateOf } from '../../data/link-pair'
import type { AccountPair } from '../../data/pair'
import { shareUrl } from '../../lib/page-address'
import { divergenceCard, divergenceSpans, selectionCard } from './card-content'
import { QuoteCardSheet } from './quote-card-sheet'
import type { CardRequest } from './quote-cards'
import { useCardInput } from './use-card-input'

interface QuoteCardDialogProps {
  request: CardRequest
  pair: AccountPair
  comparison: Comparison
  lens: LinkLens
  corrections?: ReaderCorrections
  onClose: () => void
}

/** The quote card of a divergence or of passages a link shares, in the quote card sheet. A
 * divergence's link is made here. */
export function QuoteCardDialog(props: QuoteCardDialogProps) {
  const { request, pair, comparison, lens, corrections } = props
  const make = useCallback(async () => {
    if (request.kind === 'selection') {
      return selectionCard(request.spans, pair, comparison, request.link)
    }
    const spans = divergenceSpans(request.divergence, comparison, pair)
    const link = shareUrl(await encodeLink(linkStateOf(pair, lens, spans, corrections)))
    return divergenceCard(request.divergence, pair, spans, link)
  }, [request, pair, comparison, lens, corrections])
  return <QuoteCardSheet input={useCardInput(make)} onClose={props.onClose} />
}
