import type { Account } from '../core'

/** An account as the reader sees it: its text plus who speaks and where it comes from. */
export interface SourcedAccount extends Account {
  /** Who speaks, or '' when not known. */
  speaker: string
  /** Where the account comes from, in words, or ''. */
  source: string
  /** The reader's source URL, or ''. Shown as a link only when it is http or https. */
  url?: string
  /** ISO date (YYYY-MM-DD) of this account, when the reader gave one. */
  date?: string
}

/** A pair that ships with the app, by the id and revision of its manifest. */
export interface BuiltinRef {
  id: string
  revision: number
}

/** Two accounts of one event, ready to compare. */
export interface AccountPair {
  id: string
  /** Set when the pair ships with the app (public/accounts/<id>/): a link names it, not its texts. */
  builtin?: BuiltinRef
  title: string
  /** ISO date (YYYY-MM-DD) of the event, when known. */
  date?: string
  summary: string
  /** Topic id the comparison opens on; when absent the core proposes one. */
  focus?: string
  a: SourcedAccount
  b: SourcedAccount
}
