/**
 * The history of earlier drafts: every draft of the reader's that something replaced is kept, newest
 * first, within a cap, so no tab, example or link can silently destroy one. Pure functions; the draft
 * store calls them.
 */
import { draftAccounts, sameDraft, type Draft, type KeptDraft } from './drafts'

/** At most this many earlier drafts are kept. */
export const MAX_KEPT_DRAFTS = 10
/**
 * ...and at most this many characters in all (texts, labels, sources, dates). localStorage holds about
 * 5 MB a site and the draft on screen may need 2 MB of it; kept drafts must not crowd it out. The newest
 * kept draft stays even when it alone is larger: it was on screen a moment ago.
 */
export const MAX_KEPT_CHARS = 1_000_000

const accountChars = (account: Draft['a']) =>
  account.text.length + account.label.length + account.source.length + account.date.length

export const draftChars = (draft: Draft) =>
  draftAccounts(draft).reduce((sum, account) => sum + accountChars(account), 0)

/** A new entry's id: when it was kept (base 36) and a random part, so two tabs never pick the same. */
export function newKeptId(keptAt: number, random = Math.random): string {
  return `${keptAt.toString(36)}-${random().toString(36).slice(2, 10) || '0'}`
}

/** Ids are part of storage keys: only these are read back. */
export const isKeptId = (id: unknown): id is string =>
  typeof id === 'string' && /^[0-9a-z]{1,12}-[0-9a-z]{1,12}$/.test(id)

/** When the entry named `id` was kept, read from the id itself (for a history whose index is lost). */
export function keptAtOfId(id: string): number {
  const time = parseInt(id.split('-')[0] ?? '', 36)
  return Number.isFinite(time) ? time : 0
}

// Sorting is stable: drafts kept in the same millisecond stay in the order they were added.
const newestFirst = (x: KeptDraft, y: KeptDraft) => y.keptAt - x.keptAt

/** Newest first, within MAX_KEPT_DRAFTS and MAX_KEPT_CHARS; the newest always stays. */
export function capKept(kept: readonly KeptDraft[]): KeptDraft[] {
  const sorted = [...kept].sort(newestFirst)
  const out: KeptDraft[] = []
  let chars = 0
  for (const entry of sorted) {
    const size = draftChars(entry.draft)
    if (out.length > 0 && (out.length >= MAX_KEPT_DRAFTS || chars + size > MAX_KEPT_CHARS)) break
    out.push(entry)
    chars += size
  }
  return out
}

/** The history with `draft` added as the newest entry, unless the same draft is kept already. */
export function keepDraft(kept: readonly KeptDraft[], draft: Draft, keptAt = Date.now()) {
  if (kept.some((entry) => sameDraft(entry.draft, draft))) return [...kept]
  return capKept([{ id: newKeptId(keptAt), keptAt, draft }, ...kept])
}

/**
 * One tab's history merged with the one in storage, which other tabs may have changed since this tab
 * last read or wrote it (`base`, the ids then). Entries either side added are kept; entries either side
 * removed (restored, or dropped by the cap) stay removed. So two tabs keeping drafts at once both land,
 * and a restored draft does not come back.
 */
export function mergeKept(
  base: ReadonlySet<string>,
  mine: readonly KeptDraft[],
  theirs: readonly KeptDraft[],
): KeptDraft[] {
  const mineIds = new Set(mine.map((entry) => entry.id))
  const theirIds = new Set(theirs.map((entry) => entry.id))
  const fromTheirs = theirs.filter((entry) => !base.has(entry.id) || mineIds.has(entry.id))
  const addedHere = mine.filter((entry) => !base.has(entry.id) && !theirIds.has(entry.id))
  return capKept([...fromTheirs, ...addedHere])
}

/** The first words of a draft, to recognise it by in a list. */
export function draftPreview(draft: Draft, maxChars = 70): string {
  const fields = [draft.a.text, draft.b.text, draft.a.label, draft.b.label, draft.a.source]
  const first = fields.map((v) => v.replace(/\s+/g, ' ').trim()).find((v) => v !== '') ?? ''
  if (first.length <= maxChars) return first
  const cut = first.slice(0, maxChars)
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > maxChars / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`
}
