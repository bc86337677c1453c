import type { Account } from '../core'

/** An account as the reader sees it: its text plus who speaks and where it comes from. */
export interface SourcedAccount extends Account {
  speaker: string
  source: string
}

/** Two accounts of one event, ready to compare. */
export interface AccountPair {
  id: string
  title: string
  /** ISO date (YYYY-MM-DD) of the event. */
  date: string
  summary: string
  /** Topic id the comparison opens on. */
  focus: string
  a: SourcedAccount
  b: SourcedAccount
}
