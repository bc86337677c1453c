/** How the many-account view names what it shows: kinds of divergence, who against whom, where a step lands. */
import type { AccountKey, ManyDivergenceKind } from '../../core'
import type { ClaimRow } from './claim-rows'

export type Labels = ReadonlyMap<AccountKey, string>

/** "A", "A and B", "A, B and C". */
export function listOf(labels: Labels, keys: readonly AccountKey[]): string {
  const names = keys.map((k) => labels.get(k) ?? k)
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

/** The kind filter's choices, in the order a reader weighs them. */
export const KIND_FILTERS: [ManyDivergenceKind, string][] = [
  ['clash', 'Clashes'],
  ['split', 'Splits'],
  ['only', 'Told by one account only'],
  ['silent', 'Left out by some'],
  ['differs', 'Told differently by all'],
]

/** The row's kind in a few words, naming the accounts where the kind is about some of them. */
export function kindWords(row: ClaimRow, labels: Labels): string {
  const { divergence: d, cells } = row
  switch (d.kind) {
    case 'clash':
      return 'Clash'
    case 'split':
      return 'Split'
    case 'differs':
      return 'Told differently by all'
    case 'only':
      return `Only in ${listOf(
        labels,
        cells.filter((c) => c.stance).map((c) => c.account),
      )}`
    case 'silent':
      return `Nothing in ${listOf(
        labels,
        cells.filter((c) => !c.stance).map((c) => c.account),
      )}`
  }
}

/** Who stands against whom, for a clash or a split: "Ministry against Council"; null otherwise. */
export function whoAgainstWhom(row: ClaimRow, labels: Labels): string | null {
  const { divergence: d, cells } = row
  if (d.kind === 'clash' && d.against.length === 2) {
    return `${labels.get(d.against[0]!)} against ${labels.get(d.against[1]!)}`
  }
  const odd = cells.find((c) => c.account === d.against[0])
  if (d.kind === 'split' && odd) {
    return `${labels.get(odd.account)} against ${listOf(labels, odd.against)}`
  }
  return null
}

/** What the live region says on landing on a row: "Claim 2 of 7: Prisoners, clash: Ministry against Council." */
export function describeRow(row: ClaimRow, index: number, count: number, labels: Labels): string {
  const who = whoAgainstWhom(row, labels)
  const kind = kindWords(row, labels)
  const lowered = kind.charAt(0).toLowerCase() + kind.slice(1)
  return `Claim ${index + 1} of ${count}: ${row.divergence.topicLabel}, ${lowered}${who ? `: ${who}` : ''}.`
}
