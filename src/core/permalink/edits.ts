/**
 * The reader's alignment corrections in links and files: one written form (`l120-88` links the passages at
 * normalized offsets 120 in the first account and 88 in the second, `u…` unlinks them), and conversion from
 * and to offsets into the texts as given, which is what `compareAccounts` takes.
 */
import { normalizeText } from '../normalize'
import type { AlignmentEdits, PassagePair } from '../types'
import { MAX_EDITS } from './limits'
import { toNormalizedOffset } from './ranges'
import type { LinkEdits, LinkPassagePair } from './types'

const EDIT = /^([lu])(\d{1,9})-(\d{1,9})$/

export const hasEdits = (edits: LinkEdits | undefined): edits is LinkEdits =>
  !!edits && edits.link.length + edits.unlink.length > 0

const isWritablePair = (p: LinkPassagePair) =>
  Number.isSafeInteger(p.a) &&
  Number.isSafeInteger(p.b) &&
  p.a >= 0 &&
  p.b >= 0 &&
  p.a < 1e9 &&
  p.b < 1e9

export const isWritableEdits = (edits: LinkEdits) =>
  edits.link.every(isWritablePair) && edits.unlink.every(isWritablePair)

export function formatEdits(edits: LinkEdits): string[] {
  return [...edits.link.map((p) => `l${p.a}-${p.b}`), ...edits.unlink.map((p) => `u${p.a}-${p.b}`)]
}

/** True for a token that looks like an edit, well-formed or not (so a reader can tell which part broke). */
export const isEditToken = (token: string) => token[0] === 'l' || token[0] === 'u'

/**
 * Collects edit tokens into edits. Returns what it read and whether anything was dropped (malformed, or
 * past `MAX_EDITS`).
 */
export function parseEdits(tokens: readonly unknown[]): { edits: LinkEdits; dropped: boolean } {
  const edits: LinkEdits = { link: [], unlink: [] }
  let dropped = false
  for (const token of tokens) {
    const m = typeof token === 'string' ? EDIT.exec(token) : null
    if (!m || edits.link.length + edits.unlink.length >= MAX_EDITS) {
      dropped = true
      continue
    }
    ;(m[1] === 'l' ? edits.link : edits.unlink).push({ a: Number(m[2]), b: Number(m[3]) })
  }
  return { edits, dropped }
}

/** The edits a link carries, from corrections made on the texts as given. */
export function createEdits(edits: AlignmentEdits, texts: { a: string; b: string }): LinkEdits {
  const a = normalizeText(texts.a)
  const b = normalizeText(texts.b)
  const convert = (pairs: PassagePair[] = []) =>
    pairs.map((p) => ({ a: toNormalizedOffset(a, p.a), b: toNormalizedOffset(b, p.b) }))
  return { link: convert(edits.link), unlink: convert(edits.unlink) }
}

/** A link's edits as offsets into the texts as given; pairs pointing past a text are left out. */
export function originalEdits(edits: LinkEdits, texts: { a: string; b: string }): AlignmentEdits {
  const a = normalizeText(texts.a)
  const b = normalizeText(texts.b)
  const convert = (pairs: LinkPassagePair[]) =>
    pairs
      .filter((p) => p.a < a.text.length && p.b < b.text.length)
      .map((p) => ({ a: a.toOriginal[p.a]!, b: b.toOriginal[p.b]! }))
  return { link: convert(edits.link), unlink: convert(edits.unlink) }
}
