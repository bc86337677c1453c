import type { AccountKey } from '../core'
import type { AccountPair, SourcedAccount } from './pair'

/**
 * Three to five accounts of one event, compared all at once (`compareMany`): the reader's draft, or the
 * accounts an `m1` link or a version 3 file carries. Two accounts are a pair (`AccountPair`).
 */
export interface AccountSet {
  id: string
  title: string
  /** ISO date (YYYY-MM-DD) of the event, when every account gives the same one. */
  date?: string
  /** Topic id the comparison opens on; when absent the core proposes one. */
  focus?: string
  /** In the reader's order: the first is account `a`, the fifth `e`. */
  accounts: SourcedAccount[]
}

/** The passages a link highlights in a set, as offsets into one account's text as shown. */
export interface AccountSpan {
  side: AccountKey
  start: number
  end: number
}

export const ACCOUNT_KEYS: readonly AccountKey[] = ['a', 'b', 'c', 'd', 'e']

/** The account of a set by its key (`a` the first … `e` the fifth). */
export const accountOf = (set: AccountSet, key: AccountKey) =>
  set.accounts[ACCOUNT_KEYS.indexOf(key)]

/** One date for the event only when all the accounts agree on it; otherwise each keeps its own. */
export function commonDate(accounts: readonly SourcedAccount[]): { date?: string } {
  const [first] = accounts
  return first?.date && accounts.every((a) => a.date === first.date) ? { date: first.date } : {}
}

/**
 * Two accounts of a set as a pair, for the side-by-side view: titled by the set and the two labels, so
 * the header says which two of the set are shown.
 */
export function pairOfSet(set: AccountSet, x: AccountKey, y: AccountKey): AccountPair {
  const a = accountOf(set, x)!
  const b = accountOf(set, y)!
  return {
    id: `${set.id}:${x}${y}`,
    title: `${set.title}: ${a.label} and ${b.label}`,
    ...commonDate([a, b]),
    summary: '',
    ...(set.focus ? { focus: set.focus } : {}),
    a,
    b,
  }
}
