import { useEffect, useState } from 'react'
import type { CardInput } from '../../lib/quote-card/card-input'

export type CardState = CardInput | { error: string } | null

/** A card's content once `make` has made it (null until then; its link is made on the way), or why
 * it could not be. A new `make` (callers memoize it) makes it again; a late answer for an old one is
 * dropped. */
export function useCardInput(make: () => Promise<CardInput>): CardState {
  const [input, setInput] = useState<CardState>(null)
  useEffect(() => {
    let live = true
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
  }, [make])
  return input
}
