import { useEffect, useState } from 'react'
import { encodeLink, type Comparison, type LinkLens, type ReaderCorrections } from '../../core'
import { linkStateOf } from '../../data/link-pair'
import type { AccountPair } from '../../data/pair'
import { shareUrl } from '../../lib/page-address'
import type { CardInput } from '../../lib/quote-card/card-input'
import { divergenceCard, divergenceSpans, selectionCard } from './card-content'
import { QuoteCardSheet } from './quote-card-sheet'
import type { CardRequest } from './quote-cards'

interface QuoteCardDialogProps {
  request: CardRequest
  pair: AccountPair
  comparison: Comparison
  lens: LinkLens
  corrections?: ReaderCorrections
  onClose: () => void
}

/** The card's content, once its link is made (a divergence's link is made here). */
function useCardInput({
  request,
  pair,
  comparison,
  lens,
  corrections,
}: Omit<QuoteCardDialogProps, 'onClose'>) {
  const [input, setInput] = useState<CardInput | { error: string } | null>(null)
  useEffect(() => {
    let live = true
    const make = async (): Promise<CardInput> => {
      if (request.kind === 'selection') {
        return selectionCard(request.spans, pair, comparison, request.link)
      }
      const spans = divergenceSpans(request.divergence, comparison, pair)
      const link = shareUrl(await encodeLink(linkStateOf(pair, lens, spans, corrections)))
      return divergenceCard(request.divergence, pair, spans, link)
    }
    make().then(
      (made) => live && setInput(made),
      (error: unknown) =>
        live &&
        setInput({
          error: `Parallax could not make the card. ${error instanceof Error ? error.message : ''}`,
        }),
    )
    return () => {
      live = false
    }
  }, [request, pair, comparison, lens, corrections])
  return input
}

/** The quote card of a divergence or of passages a link shares, in the quote card sheet. */
export function QuoteCardDialog(props: QuoteCardDialogProps) {
  return <QuoteCardSheet input={useCardInput(props)} onClose={props.onClose} />
}
