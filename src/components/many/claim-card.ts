import type { AccountPassage, ManyDivergenceKind } from '../../core'
import { accountOf, type AccountSet, type AccountSpan } from '../../data/account-set'
import type { CardInput, CardTone } from '../../lib/quote-card/card-input'
import { cardColumn, eventOf, quoteSpan } from '../quote-card/card-content'
import type { ClaimRow } from './claim-rows'
import { kindWords, type Labels } from './claim-words'

/** The badge colours of a pair's kinds, for a set's: a clash or a split stands against, as a
 * contradiction does. */
const TONES: Record<ManyDivergenceKind, CardTone> = {
  clash: 'contradicts',
  split: 'contradicts',
  differs: 'reframed',
  only: 'only',
  silent: 'only',
}

/** Where each account's quote in a claim row lies in its text (see `quoteSpan`). */
export function claimQuoteSpans(
  row: ClaimRow,
  set: AccountSet,
  byId: ReadonlyMap<string, AccountPassage>,
): AccountSpan[] {
  return row.cells.flatMap((cell) => {
    const passage = cell.stance && byId.get(cell.stance.passages[0]!)
    if (!cell.stance || !passage) return []
    const text = accountOf(set, cell.account)!.text
    return [{ side: cell.account, ...quoteSpan(text, cell.stance.quote, passage) }]
  })
}

/** A claim row's card: a column per account (its quote, or that it says nothing), the row's kind,
 * topic and reason, and the link that highlights the quotes. */
export function claimCard(
  row: ClaimRow,
  set: AccountSet,
  labels: Labels,
  spans: readonly AccountSpan[],
  link: string,
): CardInput {
  const d = row.divergence
  return {
    ...eventOf(set),
    topic: d.topicLabel,
    kind: kindWords(row, labels),
    tone: TONES[d.kind],
    ...(d.reason ? { reason: d.reason } : {}),
    columns: row.cells.map((cell) => {
      const text = accountOf(set, cell.account)!.text
      return cardColumn(
        labels.get(cell.account) ?? cell.account,
        cell.stance?.speaker,
        spans.filter((s) => s.side === cell.account).map((s) => text.slice(s.start, s.end)),
      )
    }),
    link,
  }
}
