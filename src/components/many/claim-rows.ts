/**
 * The "Claims by account" table's rows, read off a comparison of many accounts: one per ranked
 * divergence, each with its claim cluster and one cell per account (its stance, or none: says nothing).
 */
import type { AccountSpan } from '../../data/account-set'
import type {
  AccountKey,
  AccountPassage,
  ClaimCluster,
  ClusterStance,
  ManyComparison,
  ManyDivergence,
} from '../../core'

export interface ClaimCell {
  account: AccountKey
  /** What the account says of the claim; null when it says nothing. */
  stance: ClusterStance | null
  /** The accounts this one stands against on the claim: both sides of a clash, the odd one of a split. */
  against: AccountKey[]
}

export interface ClaimRow {
  /** The divergence's id: the row's id on the page and in links. */
  id: string
  divergence: ManyDivergence
  cluster: ClaimCluster | null
  cells: ClaimCell[]
}

/** Which accounts a cell stands against: in a clash the other side, in a split the odd one the rest. */
function opponents(d: ManyDivergence, account: AccountKey, telling: AccountKey[]): AccountKey[] {
  if (d.kind === 'clash' && d.against.includes(account)) {
    return d.against.filter((k) => k !== account)
  }
  if (d.kind === 'split' && d.against[0] === account) {
    return telling.filter((k) => k !== account)
  }
  return []
}

export function claimRows(comparison: ManyComparison): ClaimRow[] {
  const clusters = new Map(comparison.clusters.map((c) => [c.id, c]))
  return comparison.divergences.map((divergence) => {
    const cluster = clusters.get(divergence.cluster) ?? null
    const telling = cluster?.stances.map((s) => s.account) ?? []
    const cells = comparison.accounts.map(({ key }): ClaimCell => {
      const stance = cluster?.stances.find((s) => s.account === key) ?? null
      return { account: key, stance, against: stance ? opponents(divergence, key, telling) : [] }
    })
    return { id: divergence.id, divergence, cluster, cells }
  })
}

/** Every passage of a comparison of many accounts by its id (`c4` is the fifth passage of the third). */
export function passagesById(comparison: ManyComparison): Map<string, AccountPassage> {
  return new Map(comparison.accounts.flatMap((a) => a.passages.map((s) => [s.id, s])))
}

/** The passages of a row as spans of their accounts' texts (of the accounts in `only`, when given). */
export function rowSpans(
  row: ClaimRow,
  byId: ReadonlyMap<string, AccountPassage>,
  only?: readonly AccountKey[],
): AccountSpan[] {
  return row.cells.flatMap((cell) =>
    only && !only.includes(cell.account)
      ? []
      : (cell.stance?.passages ?? []).flatMap((id) => {
          const s = byId.get(id)
          return s ? [{ side: s.side, start: s.start, end: s.end }] : []
        }),
  )
}

/**
 * The two accounts a row is best read side by side with first (the two sides of a clash, the odd one
 * of a split and another), then every other pair of accounts that tell the claim, then the rest.
 */
export function pairsOf(row: ClaimRow): [AccountKey, AccountKey][] {
  const keys = row.cells.map((c) => c.account)
  const pairs: [AccountKey, AccountKey][] = keys.flatMap((x, i) =>
    keys.slice(i + 1).map((y): [AccountKey, AccountKey] => [x, y]),
  )
  const telling = new Set(row.cells.filter((c) => c.stance).map((c) => c.account))
  const against = (x: AccountKey, y: AccountKey) =>
    row.cells.some((c) => c.account === x && c.against.includes(y))
  const rank = ([x, y]: [AccountKey, AccountKey]) =>
    (against(x, y) || against(y, x) ? 0 : 2) + (telling.has(x) && telling.has(y) ? 0 : 1)
  return [...pairs].sort((p, q) => rank(p) - rank(q))
}
