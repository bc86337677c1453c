/**
 * How drafts are laid out in storage. Version 2 keeps each text under its own key and the small rest
 * (labels, sources, dates, origin) in one JSON value, so a save writes only what changed: a typo fixed in
 * a 1 MB account no longer rewrites the other account and the draft kept aside. Version 1 (one JSON value
 * for everything) is still read, and replaced by version 2 at the next save.
 */
import {
  DRAFT_KEY_V1,
  parseAccountDetails,
  parseOrigin,
  parseStoredDrafts,
  type Draft,
  type StoredDrafts,
} from './drafts'

/** The key of version 2's JSON value; every save rewrites it last, so other tabs hear of each save. */
export const DRAFT_META_KEY = 'parallax:draft:v2'

type Slot = 'current' | 'aside'
type Side = 'a' | 'b'
const SLOTS: Slot[] = ['current', 'aside']
const SIDES: Side[] = ['a', 'b']

export const draftTextKey = (slot: Slot, side: Side) => `parallax:draft:v2:${slot}:${side}`

const withoutText = (draft: Draft) => ({
  a: { ...draft.a, text: undefined },
  b: { ...draft.b, text: undefined },
  origin: draft.origin,
})

/**
 * Every key and value of version 2 for these drafts, the meta value last. `saveId` makes each save's
 * meta value new: browsers fire no `storage` event for a value written again unchanged.
 */
export function draftEntries(drafts: StoredDrafts, saveId: string): [string, string][] {
  const texts = SLOTS.flatMap((slot) =>
    SIDES.map((side): [string, string] => [
      draftTextKey(slot, side),
      drafts[slot]?.[side].text ?? '',
    ]),
  )
  const meta = {
    version: 2,
    save: saveId,
    current: withoutText(drafts.current),
    aside: drafts.aside && withoutText(drafts.aside),
  }
  return [...texts, [DRAFT_META_KEY, JSON.stringify(meta)]]
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

function readDraft(meta: unknown, slot: Slot, get: (key: string) => string | null): Draft | null {
  if (!isRecord(meta)) return null
  const origin = parseOrigin(meta.origin)
  const [textA, textB] = SIDES.map((side) => get(draftTextKey(slot, side)))
  const a = parseAccountDetails(meta.a, textA)
  const b = parseAccountDetails(meta.b, textB)
  return a && b && origin ? { a, b, origin } : null
}

function parseMeta(raw: string): unknown {
  try {
    return JSON.parse(raw)
  } catch {
    return null
  }
}

/**
 * The stored drafts: null when there are none, 'corrupt' when what is there cannot be read (cut short,
 * hand-edited, a text key missing). Version 2 first, then version 1.
 */
export function readDrafts(get: (key: string) => string | null): StoredDrafts | null | 'corrupt' {
  const raw = get(DRAFT_META_KEY)
  if (raw === null) {
    const v1 = get(DRAFT_KEY_V1)
    return v1 === null ? null : (parseStoredDrafts(v1) ?? 'corrupt')
  }
  const meta = parseMeta(raw)
  if (!isRecord(meta) || meta.version !== 2) return 'corrupt'
  const current = readDraft(meta.current, 'current', get)
  const aside = meta.aside === null ? null : readDraft(meta.aside, 'aside', get)
  if (!current || (meta.aside !== null && !aside)) return 'corrupt'
  return { current, aside }
}
