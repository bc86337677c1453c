import { createContext, lazy, Suspense, useContext, useMemo, useState, type ReactNode } from 'react'
import type { Comparison, Divergence, LinkLens } from '../../core'
import type { AccountPair } from '../../data/pair'
import type { TextSpan } from '../../lib/selection-offsets'
import { useAlignmentFix } from '../alignment-fix/alignment-fix-context'
import { Button, type ButtonSize } from '../ui/button'

/** What a card is made of: a divergence of the list, or passages shared by a link. */
export type CardRequest =
  | { kind: 'divergence'; divergence: Divergence }
  | { kind: 'selection'; spans: TextSpan[]; link: string }

interface QuoteCards {
  save: (request: CardRequest) => void
}

const QuoteCardsContext = createContext<QuoteCards | null>(null)

/** How to save a quote card here; null where there is none (the embedded view). */
export const useQuoteCards = () => useContext(QuoteCardsContext)

// Drawing the card loads on first use: most readers never save one.
const QuoteCardDialog = lazy(() =>
  import('./quote-card-dialog').then((m) => ({ default: m.QuoteCardDialog })),
)

/** Quote cards for one comparison: "Save as image" anywhere inside opens (and saves) one. */
export function QuoteCardsProvider(props: {
  pair: AccountPair
  comparison: Comparison
  lens: LinkLens
  children: ReactNode
}) {
  const { pair, comparison, lens, children } = props
  const corrections = useAlignmentFix()?.corrections
  const [request, setRequest] = useState<{ id: number; request: CardRequest } | null>(null)
  const cards = useMemo<QuoteCards>(
    () => ({ save: (next) => setRequest((was) => ({ id: (was?.id ?? 0) + 1, request: next })) }),
    [],
  )
  return (
    <QuoteCardsContext value={cards}>
      {children}
      {request && (
        <Suspense fallback={null}>
          <QuoteCardDialog
            key={request.id}
            request={request.request}
            pair={pair}
            comparison={comparison}
            lens={lens}
            corrections={corrections}
            onClose={() => setRequest(null)}
          />
        </Suspense>
      )}
    </QuoteCardsContext>
  )
}

/** "Save as image": downloads the card as a PNG and shows it, with its alt text. */
export function SaveImageButton({
  request,
  size = 'md',
  className = '',
}: {
  request: () => CardRequest
  size?: ButtonSize
  className?: string
}) {
  const cards = useQuoteCards()
  if (!cards) return null
  return (
    <Button
      size={size}
      aria-haspopup="dialog"
      onClick={() => cards.save(request())}
      data-print="hide"
      className={`inline-flex items-center font-sans ${className}`}
    >
      Save as image
    </Button>
  )
}
