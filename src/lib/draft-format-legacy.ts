/**
 * The older draft formats, still read so an update never loses a draft; neither is written any more.
 * Version 1 kept everything in one JSON value; version 2 kept each text under its own key, and one draft
 * aside in a single slot (which two tabs could overwrite, losing a draft). Each is read into today's shape,
 * the draft aside becoming the one earlier draft kept. Their keys are removed only once read in full.
 */
import { assembleDraft, isRecord, parseJson, type DraftLoss, type DraftsRead } from './draft-parts'
import { emptyDraft, parseAccountDetails, parseOrigin, type Draft, type KeptDraft } from './drafts'
import { keptAtOfId } from './kept-drafts'

export const DRAFT_KEY_V1 = 'parallax:draft:v1'
export const DRAFT_META_KEY_V2 = 'parallax:draft:v2'
export const draftTextKeyV2 = (slot: 'current' | 'aside', side: 'a' | 'b') =>
  `parallax:draft:v2:${slot}:${side}`

/** The entry a version 2 or 1 draft aside becomes. Its id is fixed, so reading it twice gives one entry. */
const asKept = (draft: Draft, keptAt: number, version: string): KeptDraft => ({
  id: `${keptAt.toString(36)}-${version}`,
  keptAt,
  draft,
})

/** Version 2: whatever of it can be read, even with its meta value damaged or gone. */
export function readDraftsV2(get: (key: string) => string | null): DraftsRead | null {
  const raw = get(DRAFT_META_KEY_V2)
  const textKeys = [
    draftTextKeyV2('current', 'a'),
    draftTextKeyV2('current', 'b'),
    draftTextKeyV2('aside', 'a'),
    draftTextKeyV2('aside', 'b'),
  ]
  const [curA, curB, asideA, asideB] = textKeys.map((key) => get(key))
  if (raw === null && [curA, curB, asideA, asideB].every((t) => t === null)) return null
  const parsed = raw === null ? null : parseJson(raw)
  const meta = isRecord(parsed) && parsed.version === 2 ? parsed : null
  const lost = new Set<DraftLoss>()
  const lose = (loss: DraftLoss) => void lost.add(loss)

  const current = assembleDraft(meta?.current, [curA ?? null, curB ?? null], lose, (side) =>
    side === 'a' ? 'text-a' : 'text-b',
  )
  // With a readable meta value, `aside: null` means none; without one, its texts tell.
  const hasAside = meta ? meta.aside !== null : asideA != null || asideB != null
  const aside = hasAside
    ? assembleDraft(meta?.aside, [asideA ?? null, asideB ?? null], lose, () => 'earlier-text')
    : null
  const saveId = typeof meta?.save === 'string' ? meta.save : null
  // The save id starts with the time of the save (base 36): the draft aside was kept then or before.
  const keptAt = saveId ? keptAtOfId(saveId.replace('.', '-')) : 0
  const readKeys = textKeys.filter((_, i) => [curA, curB, asideA, asideB][i] != null)
  return {
    format: 2,
    drafts: {
      current: current ?? emptyDraft(),
      kept: aside ? [asKept(aside, keptAt, 'v2')] : [],
    },
    lost: [...lost],
    saveId,
    obsoleteKeys: meta ? [...readKeys, DRAFT_META_KEY_V2] : readKeys,
  }
}

function parseDraftV1(v: unknown): Draft | null {
  if (!isRecord(v)) return null
  const a = isRecord(v.a) ? parseAccountDetails(v.a, v.a.text) : null
  const b = isRecord(v.b) ? parseAccountDetails(v.b, v.b.text) : null
  const origin = parseOrigin(v.origin)
  return a && b && origin ? { a, b, origin } : null
}

/**
 * Version 1: one JSON value. Malformed (hand-edited, cut short) it cannot be taken apart, so nothing is
 * read and the value is left where it is, never overwritten.
 */
export function readDraftsV1(get: (key: string) => string | null): DraftsRead | null {
  const raw = get(DRAFT_KEY_V1)
  if (raw === null) return null
  const value = parseJson(raw)
  const unreadable: DraftsRead = {
    format: 1,
    drafts: null,
    lost: ['everything'],
    saveId: null,
    obsoleteKeys: [],
  }
  if (!isRecord(value) || value.version !== 1) return unreadable
  const current = parseDraftV1(value.current)
  const aside = value.aside === null ? null : parseDraftV1(value.aside)
  if (!current || (value.aside !== null && !aside)) return unreadable
  return {
    format: 1,
    drafts: { current, kept: aside ? [asKept(aside, 0, 'v1')] : [] },
    lost: [],
    saveId: null,
    obsoleteKeys: [DRAFT_KEY_V1],
  }
}
