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
import { draftAccounts, emptyDraft, type Draft, type DraftAccount, type KeptDraft } from './drafts'
import { capKept, isKeptId, keptAtOfId } from './kept-drafts'

/** The header's key; every save rewrites it last, so other tabs hear of each save. */
export const DRAFT_META_KEY = 'parallax:draft:v3'

/** Each account's text has its key: `a`, `b`, then `c` to `e` for the accounts the reader added. */
type Side = 'a' | 'b' | 'c' | 'd' | 'e'
const SIDES: Side[] = ['a', 'b', 'c', 'd', 'e']
const PREFIX = `${DRAFT_META_KEY}:`

export const currentTextKey = (side: Side) => `${PREFIX}current:${side}`
export const keptTextKey = (id: string, side: Side) => `${PREFIX}kept:${id}:${side}`
const KEPT_KEY = new RegExp(`^${PREFIX}kept:([^:]+):([a-e])$`)

/** Keys of a draft's texts, one per account it holds, in order. */
const sidesOf = (draft: Draft) => SIDES.slice(0, draftAccounts(draft).length)

/** Keys of the accounts a draft of `count` accounts does not hold: a removed account's text goes. */
export const unusedCurrentKeys = (current: Draft) =>
  SIDES.slice(draftAccounts(current).length).map(currentTextKey)

/** All the keys an earlier draft's texts may be under. */
export const keptTextKeys = (id: string) => SIDES.map((side) => keptTextKey(id, side))

/** Where storage can list its keys (a header lost, the history is found by them); [] where it cannot. */
export interface StorageReader {
  get: (key: string) => string | null
  keys: () => string[]
}

const withoutText = (account: DraftAccount) => ({ ...account, text: undefined })

// `more` only when the reader added accounts: a draft of two is stored exactly as before.
const details = (draft: Draft) => ({
  a: withoutText(draft.a),
  b: withoutText(draft.b),
  ...(draft.more?.length ? { more: draft.more.map(withoutText) } : {}),
  origin: draft.origin,
})

export const currentEntries = (current: Draft): [string, string][] => {
  const texts = draftAccounts(current).map((account) => account.text)
  return sidesOf(current).map((side, i) => [currentTextKey(side), texts[i]!])
}

export const keptEntries = ({ id, draft }: KeptDraft): [string, string][] => {
  const texts = draftAccounts(draft).map((account) => account.text)
  return sidesOf(draft).map((side, i) => [keptTextKey(id, side), texts[i]!])
}

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

const currentLoss = (side: 'a' | 'b' | 'more'): DraftLoss =>
  side === 'a' ? 'text-a' : side === 'b' ? 'text-b' : 'text-more'

/** How many accounts the reader added, by a header's details of a draft: 0 to 3. */
const addedIn = (details: unknown) =>
  isRecord(details) && Array.isArray(details.more) ? Math.min(details.more.length, 3) : 0

/** The texts of a draft whose details name `added` accounts past two: one per key, null when missing. */
const textsOf = (get: StorageReader['get'], key: (side: Side) => string, added: number) =>
  SIDES.slice(0, 2 + added).map((side) => get(key(side)))

const currentTexts = (get: StorageReader['get'], added = 0) => textsOf(get, currentTextKey, added)

function readHeader(header: Record<string, unknown>, get: StorageReader['get']): DraftsRead {
  const lost = new Set<DraftLoss>()
  const lose = (loss: DraftLoss) => void lost.add(loss)
  const current = assembleDraft(
    header.current,
    currentTexts(get, addedIn(header.current)),
    lose,
    currentLoss,
  )
  const kept: KeptDraft[] = []
  for (const entry of header.kept as unknown[]) {
    const id = isRecord(entry) ? entry.id : null
    if (!isRecord(entry) || !isKeptId(id)) {
      lose('details')
      continue
    }
    const texts = textsOf(get, (side) => keptTextKey(id, side), addedIn(entry))
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

/** How many texts of added accounts (the third to fifth) there are, up to the last one found. */
function lastAdded(texts: readonly (string | null)[]): number {
  for (let i = texts.length - 1; i >= 2; i--) if (texts[i] !== null) return i - 1
  return 0
}

/**
 * The header is damaged or gone, but the texts under this format's keys are still the reader's: the
 * draft on screen from its two keys, the earlier drafts from theirs (found by listing the keys, their
 * time read from their ids). Null when there are none.
 */
function recoverTexts(reader: StorageReader, headerWasThere: boolean): DraftsRead | null {
  const lost = new Set<DraftLoss>(headerWasThere ? ['details'] : [])
  const lose = (loss: DraftLoss) => void lost.add(loss)
  // Without the header, the texts found say how many accounts there were (a gap reads as empty).
  const found = (texts: (string | null)[]) => texts.slice(0, 2 + lastAdded(texts))
  const texts = found(currentTexts(reader.get, 3))
  const byId = new Map<string, (string | null)[]>()
  for (const key of reader.keys()) {
    const match = KEPT_KEY.exec(key)
    if (!match || !isKeptId(match[1])) continue
    const list = byId.get(match[1]) ?? [null, null, null, null, null]
    list[SIDES.indexOf(match[2] as Side)] = reader.get(key)
    byId.set(match[1], list)
  }
  if (texts.every((t) => t === null) && byId.size === 0) {
    return headerWasThere ? { ...NOTHING_STORED, format: 3, lost: ['everything'] } : null
  }
  lost.add('details') // labels, sources and dates were in the header
  const current = texts.every((t) => t === null)
    ? emptyDraft()
    : (assembleDraft(null, texts, lose, currentLoss) ?? emptyDraft())
  const kept = [...byId].flatMap(([id, list]): KeptDraft[] => {
    const draft = assembleDraft(null, found(list), lose, () => 'earlier-text')
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
