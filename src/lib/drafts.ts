/**
 * The reader's draft: what they typed into the compose view, and the format it is kept in.
 * One versioned key, so a future format can read (or knowingly drop) an old one instead of misreading it.
 */

export const DRAFT_KEY = 'parallax:draft:v1'

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

function parseAccount(v: unknown): DraftAccount | null {
  if (!isRecord(v)) return null
  const { text, label, source, date } = v
  if (typeof text !== 'string' || typeof label !== 'string') return null
  if (typeof source !== 'string' || typeof date !== 'string') return null
  return { text, label, source, date }
}

function parseDraft(v: unknown): Draft | null {
  if (!isRecord(v)) return null
  const a = parseAccount(v.a)
  const b = parseAccount(v.b)
  const origin = v.origin
  if (!a || !b || (origin !== 'reader' && origin !== 'example' && origin !== 'link')) return null
  return { a, b, origin }
}

/** Reads a stored value; anything malformed (hand-edited, cut short, another format) is null. */
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

export function serializeDrafts(drafts: StoredDrafts): string {
  return JSON.stringify({ version: 1, ...drafts })
}
