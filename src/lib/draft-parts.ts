/**
 * Reading a stored draft back piece by piece. Since version 2 a draft's texts and its details (labels,
 * sources, dates, origin) sit under different keys, so one damaged key must not cost the others: what
 * can be read is returned, and what could not is named, for the notice to tell the reader.
 */
import {
  MAX_DRAFT_ACCOUNTS,
  emptyAccount,
  parseAccountDetails,
  parseOrigin,
  type Draft,
  type StoredDrafts,
} from './drafts'

/** What a stored draft lost: its details, a text on screen (the first, the second, or one of those the
 * reader added), a text of an earlier draft, or all of it. */
export type DraftLoss =
  'details' | 'text-a' | 'text-b' | 'text-more' | 'earlier-text' | 'everything'

export interface DraftsRead {
  /** The format version read (its keys hold the texts read), or null when nothing was stored. */
  format: 1 | 2 | 3 | null
  /** What could be read; null when nothing was stored, or nothing could be read. */
  drafts: StoredDrafts | null
  /** What was stored but could not be read back; empty when all was read. */
  lost: DraftLoss[]
  /** The save that wrote what was read (a new one means another tab saved); null when unknown. */
  saveId: string | null
  /** Keys of an older format that were read in full: removed once the newer format is saved. */
  obsoleteKeys: string[]
}

export const NOTHING_STORED: DraftsRead = {
  format: null,
  drafts: null,
  lost: [],
  saveId: null,
  obsoleteKeys: [],
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null

export function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw)
  } catch {
    return null
  }
}

/**
 * A draft from its details (anything; unreadable details are replaced by empty ones) and its texts: the
 * first two accounts', then those of any accounts the reader added (null when the key is missing). `lose`
 * hears each loss; `textLoss` names a missing text. Null when neither details nor texts are there.
 */
export function assembleDraft(
  details: unknown,
  texts: readonly (string | null)[],
  lose: (loss: DraftLoss) => void,
  textLoss: (side: 'a' | 'b' | 'more') => DraftLoss,
): Draft | null {
  const record = isRecord(details) ? details : null
  if (!record && texts.every((t) => t === null)) return null
  let detailsLost = !record
  const account = (side: 'a' | 'b' | 'more', stored: unknown, text: string | null) => {
    if (text === null) lose(textLoss(side))
    const parsed = parseAccountDetails(stored, text ?? '')
    if (!parsed) detailsLost = true
    return parsed ?? { ...emptyAccount(), text: text ?? '' }
  }
  const a = account('a', record?.a, texts[0] ?? null)
  const b = account('b', record?.b, texts[1] ?? null)
  // Accounts the reader added: as many as the details name, or (details lost) as many texts as found.
  const moreDetails = Array.isArray(record?.more) ? (record.more as unknown[]) : []
  const extra = Math.min(MAX_DRAFT_ACCOUNTS - 2, Math.max(moreDetails.length, texts.length - 2))
  const more = Array.from({ length: extra }, (_, i) =>
    account('more', moreDetails[i], texts[i + 2] ?? null),
  )
  const origin = parseOrigin(record?.origin)
  if (detailsLost || !origin) lose('details')
  return { a, b, ...(more.length > 0 ? { more } : {}), origin: origin ?? 'reader' }
}
