/**
 * Reading a stored draft back piece by piece. Since version 2 a draft's texts and its details (labels,
 * sources, dates, origin) sit under different keys, so one damaged key must not cost the others: what
 * can be read is returned, and what could not is named, for the notice to tell the reader.
 */
import {
  emptyAccount,
  parseAccountDetails,
  parseOrigin,
  type Draft,
  type DraftAccount,
  type StoredDrafts,
} from './drafts'

/** What a stored draft lost: its details, a text on screen, a text of an earlier draft, or all of it. */
export type DraftLoss = 'details' | 'text-a' | 'text-b' | 'earlier-text' | 'everything'

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
 * A draft from its details (anything; unreadable details are replaced by empty ones) and its two texts
 * (null when the key is missing). `lose` hears each loss; `textLoss` names a missing text. Null when
 * neither details nor texts are there: no draft at all.
 */
export function assembleDraft(
  details: unknown,
  texts: [string | null, string | null],
  lose: (loss: DraftLoss) => void,
  textLoss: (side: 'a' | 'b') => DraftLoss,
): Draft | null {
  const record = isRecord(details) ? details : null
  if (!record && texts[0] === null && texts[1] === null) return null
  let detailsLost = !record
  const account = (side: 'a' | 'b', text: string | null): DraftAccount => {
    if (text === null) lose(textLoss(side))
    const parsed = parseAccountDetails(record?.[side], text ?? '')
    if (!parsed) detailsLost = true
    return parsed ?? { ...emptyAccount(), text: text ?? '' }
  }
  const a = account('a', texts[0])
  const b = account('b', texts[1])
  const origin = parseOrigin(record?.origin)
  if (detailsLost || !origin) lose('details')
  return { a, b, origin: origin ?? 'reader' }
}
