/**
 * The reader's draft: what they typed into the compose view, and the earlier drafts kept when something
 * replaced it. Stored under versioned keys, so a newer format reads (or knowingly leaves alone) an older
 * one instead of misreading it (draft-format.ts).
 */

export interface DraftAccount {
  text: string
  label: string
  /** Where the account comes from: a URL (shown as a link only when http or https). */
  source: string
  /** ISO date (YYYY-MM-DD) or ''. */
  date: string
}

/** Where the current draft came from: only a draft the reader wrote is worth keeping. */
export type DraftOrigin = 'reader' | 'example' | 'link'

export interface Draft {
  a: DraftAccount
  b: DraftAccount
  /** The third to fifth accounts, when the reader added any; absent (not empty) when there are two. */
  more?: DraftAccount[]
  origin: DraftOrigin
}

/** A draft holds two accounts, and up to this many with those the reader adds. */
export const MAX_DRAFT_ACCOUNTS = 5

/**
 * A draft of the reader's that something replaced (the example, a link, another tab's draft, a draft
 * restored in its place), kept until the reader restores it or the history's cap drops it.
 */
export interface KeptDraft {
  /** Unique and never reused: it names the entry's keys in storage (kept-drafts.ts). */
  id: string
  /** When it was kept (ms since 1970), or 0 when not known (a draft kept by an older version). */
  keptAt: number
  draft: Draft
}

/** What is stored: the draft on screen and the earlier drafts kept, newest first. */
export interface StoredDrafts {
  current: Draft
  kept: KeptDraft[]
}

export const emptyAccount = (): DraftAccount => ({ text: '', label: '', source: '', date: '' })

export const emptyDraft = (): Draft => ({ a: emptyAccount(), b: emptyAccount(), origin: 'reader' })

/** A draft's accounts in order: the first, the second, then any the reader added. */
export const draftAccounts = (draft: Omit<Draft, 'origin'>): DraftAccount[] => [
  draft.a,
  draft.b,
  ...(draft.more ?? []),
]

/** The draft's accounts replaced by these (two to five, in order); `more` only past two. */
export function withAccounts(accounts: readonly DraftAccount[]): Omit<Draft, 'origin'> {
  const [a = emptyAccount(), b = emptyAccount(), ...more] = accounts
  return more.length > 0 ? { a, b, more } : { a, b }
}

/** True when the draft holds anything the reader would miss. */
export function hasContent(draft: Draft): boolean {
  return draftAccounts(draft).some((acc) => Object.values(acc).some((v) => v.trim() !== ''))
}

/** A draft to keep when something replaces it: the reader's own, not the example or a link as sent. */
export const worthKeeping = (draft: Draft) => draft.origin === 'reader' && hasContent(draft)

export function sameDraft(x: Draft, y: Draft): boolean {
  const same = (p: DraftAccount, q: DraftAccount) =>
    p.text === q.text && p.label === q.label && p.source === q.source && p.date === q.date
  const [xs, ys] = [draftAccounts(x), draftAccounts(y)]
  return xs.length === ys.length && xs.every((p, i) => same(p, ys[i]!))
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

/** An account's label, source and date from `v`, with `text` (stored apart since version 2). */
export function parseAccountDetails(v: unknown, text: unknown): DraftAccount | null {
  if (!isRecord(v)) return null
  const { label, source, date } = v
  if (typeof text !== 'string' || typeof label !== 'string') return null
  if (typeof source !== 'string' || typeof date !== 'string') return null
  return { text, label, source, date }
}

export function parseOrigin(v: unknown): DraftOrigin | null {
  return v === 'reader' || v === 'example' || v === 'link' ? v : null
}
