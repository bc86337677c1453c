import type { AccountPassage, ManyDivergenceKind } from '../../core'
import { accountOf, type AccountSet, type AccountSpan } from '../../data/account-set'
import { formatDate } from '../../lib/format-date'
import type { CardInput, CardTone } from '../../lib/quote-card/card-input'
import type { ClaimRow } from './claim-rows'
import { kindWords, type Labels } from './claim-words'

const SILENT = 'Says nothing on this.'

/** The badge colours of a pair's kinds, for a set's: a clash or a split stands against, as a
 * contradiction does. */
const TONES: Record<ManyDivergenceKind, CardTone> = {
  clash: 'contradicts',
  split: 'contradicts',
  differs: 'reframed',
  only: 'only',
  silent: 'only',
}

/**
 * Where each account's quote in a row lies in its text: the quoted words inside the cell's first
 * passage (they are a verbatim slice of it), or the whole passage. A link to these spans highlights
 * exactly what the card shows.
 */
export function rowQuoteSpans(
  row: ClaimRow,
  set: AccountSet,
  byId: ReadonlyMap<string, AccountPassage>,
): AccountSpan[] {
  return row.cells.flatMap((cell) => {
    const passage = cell.stance && byId.get(cell.stance.passages[0]!)
    if (!cell.stance || !passage) return []
    const text = accountOf(set, cell.account)!.text
    const at = text.indexOf(cell.stance.quote, passage.start)
    const inside = at >= 0 && at + cell.stance.quote.length <= passage.end
    return [
      inside
        ? { side: cell.account, start: at, end: at + cell.stance.quote.length }
        : { side: cell.account, start: passage.start, end: passage.end },
    ]
  })
}

/** A claim row's card: a column per account (its quote, or that it says nothing), the row's kind,
 * topic and reason, and the link that highlights the quotes. */
export function setCard(
  row: ClaimRow,
  set: AccountSet,
  labels: Labels,
  spans: readonly AccountSpan[],
  link: string,
): CardInput {
  const date = set.date ? formatDate(set.date) : undefined
  const d = row.divergence
  return {
    title: set.title,
    ...(date && !set.title.includes(date) ? { date } : {}),
    topic: d.topicLabel,
    kind: kindWords(row, labels),
    tone: TONES[d.kind],
    ...(d.reason ? { reason: d.reason } : {}),
    columns: row.cells.map((cell) => {
      const text = accountOf(set, cell.account)!.text
      const passages = spans
        .filter((s) => s.side === cell.account)
        .map((s) => text.slice(s.start, s.end))
      const speaker = cell.stance?.speaker
      return {
        label: labels.get(cell.account) ?? cell.account,
        ...(speaker ? { speaker } : {}),
        passages,
        ...(passages.length === 0 ? { silent: SILENT } : {}),
      }
    }),
    link,
  }
}
