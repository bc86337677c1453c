import type { AccountKey, AccountPassage } from '../../core'
import type { AccountSpan } from '../../data/account-set'

/** A passage element's DOM id in the set's view: unique on the page, so it is found without a query. */
export const setPassageDomId = (prefix: string, passageId: string) => `${prefix}-${passageId}`

/** True when a passage overlaps a span a link highlights (every passage a span touches is marked). */
export const overlapsSpan = (spans: readonly AccountSpan[], passage: AccountPassage) =>
  spans.some((s) => s.side === passage.side && s.start < passage.end && passage.start < s.end)

/** Passages grouped by paragraph, in reading order. */
export function paragraphsOf(passages: readonly AccountPassage[]): AccountPassage[][] {
  const byParagraph = new Map<number, AccountPassage[]>()
  for (const s of [...passages].sort((x, y) => x.start - y.start)) {
    const list = byParagraph.get(s.paragraph)
    if (list) list.push(s)
    else byParagraph.set(s.paragraph, [s])
  }
  return [...byParagraph.values()]
}

/** The account a passage id belongs to: its first letter (`c4` is in the third account). */
export const accountOfPassage = (id: string) => id.charAt(0) as AccountKey
