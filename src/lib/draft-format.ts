/**
 * How drafts are laid out in storage. Version 3 keeps each text under its own key, so a save writes only
 * what changed (a typo fixed in a 1 MB account does not rewrite the other account), and keeps a history
 * of earlier drafts, each under keys named by its id, so tabs add to it instead of overwriting one slot.
 * One small JSON value, the header, holds the rest: labels, sources, dates, origins and the history's
 * order. A damaged or missing header costs only what it held: the texts are read back from their keys.
 * Versions 1 and 2 are still read (draft-format-legacy.ts), and replaced by version 3 at the next save.
 */
import { readDraftsV1, readDraftsV2 } from './draft-format-legacy'
import {
  NOTHING_STORED,
  assembleDraft,
  isRecord,
  parseJson,
  type DraftLoss,
  type DraftsRead,
} from './draft-parts'
import { emptyDraft, type Draft, type KeptDraft } from './drafts'
import { capKept, isKeptId, keptAtOfId } from './kept-drafts'

/** The header's key; every save rewrites it last, so other tabs hear of each save. */
export const DRAFT_META_KEY = 'parallax:draft:v3'

type Side = 'a' | 'b'
const SIDES: Side[] = ['a', 'b']
const PREFIX = `${DRAFT_META_KEY}:`

export const currentTextKey = (side: Side) => `${PREFIX}current:${side}`
export const keptTextKey = (id: string, side: Side) => `${PREFIX}kept:${id}:${side}`
const KEPT_KEY = new RegExp(`^${PREFIX}kept:([^:]+):([ab])$`)

/** Where storage can list its keys (a header lost, the history is found by them); [] where it cannot. */
export interface StorageReader {
  get: (key: string) => string | null
  keys: () => string[]
}

const details = (draft: Draft) => ({
  a: { ...draft.a, text: undefined },
  b: { ...draft.b, text: undefined },
  origin: draft.origin,
})

export const currentEntries = (current: Draft): [string, string][] =>
  SIDES.map((side) => [currentTextKey(side), current[side].text])

export const keptEntries = ({ id, draft }: KeptDraft): [string, string][] =>
  SIDES.map((side) => [keptTextKey(id, side), draft[side].text])

/**
 * The header. `saveId` makes each save's value new: browsers fire no `storage` event for a value
 * written again unchanged.
 */
export function headerValue(current: Draft, kept: readonly KeptDraft[], saveId: string): string {
  return JSON.stringify({
    version: 3,
    save: saveId,
    current: details(current),
    kept: kept.map((entry) => ({ id: entry.id, keptAt: entry.keptAt, ...details(entry.draft) })),
  })
}

const currentLoss = (side: Side): DraftLoss => (side === 'a' ? 'text-a' : 'text-b')
const currentTexts = (get: StorageReader['get']): [string | null, string | null] => [
  get(currentTextKey('a')),
  get(currentTextKey('b')),
]

function readHeader(header: Record<string, unknown>, get: StorageReader['get']): DraftsRead {
  const lost = new Set<DraftLoss>()
  const lose = (loss: DraftLoss) => void lost.add(loss)
  const current = assembleDraft(header.current, currentTexts(get), lose, currentLoss)
  const kept: KeptDraft[] = []
  for (const entry of header.kept as unknown[]) {
    const id = isRecord(entry) ? entry.id : null
    if (!isRecord(entry) || !isKeptId(id)) {
      lose('details')
      continue
    }
    const texts: [string | null, string | null] = [
      get(keptTextKey(id, 'a')),
      get(keptTextKey(id, 'b')),
    ]
    const draft = assembleDraft(entry, texts, lose, () => 'earlier-text')
    const keptAt = typeof entry.keptAt === 'number' ? entry.keptAt : keptAtOfId(id)
    if (draft) kept.push({ id, keptAt, draft })
  }
  return {
    format: 3,
    drafts: { current: current ?? emptyDraft(), kept: capKept(kept) },
    lost: [...lost],
    saveId: typeof header.save === 'string' ? header.save : null,
    obsoleteKeys: [],
  }
}

/**
 * The header is damaged or gone, but the texts under this format's keys are still the reader's: the
 * draft on screen from its two keys, the earlier drafts from theirs (found by listing the keys, their
 * time read from their ids). Null when there are none.
 */
function recoverTexts(reader: StorageReader, headerWasThere: boolean): DraftsRead | null {
  const lost = new Set<DraftLoss>(headerWasThere ? ['details'] : [])
  const lose = (loss: DraftLoss) => void lost.add(loss)
  const texts = currentTexts(reader.get)
  const byId = new Map<string, [string | null, string | null]>()
  for (const key of reader.keys()) {
    const match = KEPT_KEY.exec(key)
    if (!match || !isKeptId(match[1])) continue
    const pair = byId.get(match[1]) ?? [null, null]
    pair[match[2] === 'a' ? 0 : 1] = reader.get(key)
    byId.set(match[1], pair)
  }
  if (texts[0] === null && texts[1] === null && byId.size === 0) {
    return headerWasThere ? { ...NOTHING_STORED, format: 3, lost: ['everything'] } : null
  }
  lost.add('details') // labels, sources and dates were in the header
  const current =
    texts[0] === null && texts[1] === null
      ? emptyDraft()
      : (assembleDraft(null, texts, lose, currentLoss) ?? emptyDraft())
  const kept = [...byId].flatMap(([id, pair]): KeptDraft[] => {
    const draft = assembleDraft(null, pair, lose, () => 'earlier-text')
    return draft ? [{ id, keptAt: keptAtOfId(id), draft }] : []
  })
  return {
    format: 3,
    drafts: { current, kept: capKept(kept) },
    lost: [...lost],
    saveId: null,
    obsoleteKeys: [],
  }
}

/** The stored drafts, in the newest format found: what could be read, and what could not. */
export function readDrafts(reader: StorageReader): DraftsRead {
  const raw = reader.get(DRAFT_META_KEY)
  const header = raw === null ? null : parseJson(raw)
  if (isRecord(header) && header.version === 3 && Array.isArray(header.kept)) {
    return readHeader(header, reader.get)
  }
  // No header at all and an older format present: the first save in this format did not finish (the
  // header is written last), so the older one is the whole draft.
  const older = raw === null ? (readDraftsV2(reader.get) ?? readDraftsV1(reader.get)) : null
  return older ?? recoverTexts(reader, raw !== null) ?? NOTHING_STORED
}
