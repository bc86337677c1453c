/**
 * The reader's draft: what they typed into the compose view. Stored under versioned keys, so a newer
 * format reads (or knowingly drops) an older one instead of misreading it (draft-format.ts).
 */

/** The first format's key: one JSON value for everything. Still read; no longer written. */
export const DRAFT_KEY_V1 = 'parallax:draft:v1'

export interface DraftAccount {
  text: string
  label: string
  /** Where the account comes from: a URL (shown as a link only when http or https). */
  source: string
  /** ISO date (YYYY-MM-DD) or ''. */
  date: string
}

/** Where the current draft came from: only a draft the reader wrote is worth keeping aside. */
export type DraftOrigin = 'reader' | 'example' | 'link'

export interface Draft {
  a: DraftAccount
  b: DraftAccount
  origin: DraftOrigin
}

/** What is stored: the draft on screen and, after the example or a link replaced it, the one kept aside. */
export interface StoredDrafts {
  current: Draft
  aside: Draft | null
}

const emptyAccount = (): DraftAccount => ({ text: '', label: '', source: '', date: '' })

export const emptyDraft = (): Draft => ({ a: emptyAccount(), b: emptyAccount(), origin: 'reader' })

/** True when the draft holds anything the reader would miss. */
export function hasContent(draft: Draft): boolean {
  return [draft.a, draft.b].some((acc) => Object.values(acc).some((v) => v.trim() !== ''))
}

export function sameDraft(x: Draft, y: Draft): boolean {
  const same = (p: DraftAccount, q: DraftAccount) =>
    p.text === q.text && p.label === q.label && p.source === q.source && p.date === q.date
  return same(x.a, y.a) && same(x.b, y.b)
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

/** An account's label, source and date from `v`, with `text` (stored apart in version 2). */
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

function parseDraft(v: unknown): Draft | null {
  if (!isRecord(v)) return null
  const a = isRecord(v.a) ? parseAccountDetails(v.a, v.a.text) : null
  const b = isRecord(v.b) ? parseAccountDetails(v.b, v.b.text) : null
  const origin = parseOrigin(v.origin)
  return a && b && origin ? { a, b, origin } : null
}

/** Reads a version 1 value; anything malformed (hand-edited, cut short, another format) is null. */
export function parseStoredDrafts(raw: string): StoredDrafts | null {
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return null
  }
  if (!isRecord(value) || value.version !== 1) return null
  const current = parseDraft(value.current)
  const aside = value.aside === null ? null : parseDraft(value.aside)
  if (!current || (value.aside !== null && !aside)) return null
  return { current, aside }
}
