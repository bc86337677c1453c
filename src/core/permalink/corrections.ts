/**
 * The reader's alignment corrections in links and files: one written form (`l120-88` aligns the passages at
 * normalized offsets 120 in the first account and 88 in the second, `u…` separates them), and conversion
 * from and to offsets into the texts as given, which is what `compareAccounts` takes.
 */
import { normalizeText } from '../normalize'
import { MAX_CORRECTIONS } from './limits'
import { toNormalizedOffset } from './ranges'
import type {
  LinkCorrections,
  NormalizedOffset,
  NormalizedPassagePair,
  OriginalOffset,
  OriginalPassagePair,
  ReaderCorrections,
} from './types'

const CORRECTION = /^([lu])(\d{1,9})-(\d{1,9})$/

export const hasCorrections = (
  corrections: LinkCorrections | undefined,
): corrections is LinkCorrections =>
  !!corrections && corrections.link.length + corrections.unlink.length > 0

const isWritablePair = (p: NormalizedPassagePair) =>
  Number.isSafeInteger(p.a) &&
  Number.isSafeInteger(p.b) &&
  p.a >= 0 &&
  p.b >= 0 &&
  p.a < 1e9 &&
  p.b < 1e9

export const isWritableCorrections = (corrections: LinkCorrections) =>
  corrections.link.every(isWritablePair) && corrections.unlink.every(isWritablePair)

export function formatCorrections(corrections: LinkCorrections): string[] {
  return [
    ...corrections.link.map((p) => `l${p.a}-${p.b}`),
    ...corrections.unlink.map((p) => `u${p.a}-${p.b}`),
  ]
}

/** True for a token that looks like a correction, well-formed or not (so a reader can tell which part broke). */
export const isCorrectionToken = (token: string) => token[0] === 'l' || token[0] === 'u'

/**
 * Collects correction tokens. Returns what it read and whether anything was dropped (malformed, or past
 * `MAX_CORRECTIONS`).
 */
export function parseCorrections(tokens: readonly unknown[]): {
  corrections: LinkCorrections
  dropped: boolean
} {
  const corrections: LinkCorrections = { link: [], unlink: [] }
  let dropped = false
  for (const token of tokens) {
    const m = typeof token === 'string' ? CORRECTION.exec(token) : null
    if (!m || corrections.link.length + corrections.unlink.length >= MAX_CORRECTIONS) {
      dropped = true
      continue
    }
    const pair = { a: Number(m[2]) as NormalizedOffset, b: Number(m[3]) as NormalizedOffset }
    ;(m[1] === 'l' ? corrections.link : corrections.unlink).push(pair)
  }
  return { corrections, dropped }
}

/** The corrections a link carries, from corrections made on the texts as given. */
export function toLinkCorrections(
  corrections: Partial<ReaderCorrections>,
  texts: { a: string; b: string },
): LinkCorrections {
  const a = normalizeText(texts.a)
  const b = normalizeText(texts.b)
  const convert = (pairs: OriginalPassagePair[] = []) =>
    pairs.map((p) => ({
      a: toNormalizedOffset(a, p.a) as NormalizedOffset,
      b: toNormalizedOffset(b, p.b) as NormalizedOffset,
    }))
  return { link: convert(corrections.link), unlink: convert(corrections.unlink) }
}

/** A link's corrections as offsets into the texts as given; pairs pointing past a text are left out. */
export function toReaderCorrections(
  corrections: LinkCorrections,
  texts: { a: string; b: string },
): ReaderCorrections {
  const a = normalizeText(texts.a)
  const b = normalizeText(texts.b)
  const convert = (pairs: NormalizedPassagePair[]) =>
    pairs
      .filter((p) => p.a < a.text.length && p.b < b.text.length)
      .map((p) => ({
        a: a.toOriginal[p.a]! as OriginalOffset,
        b: b.toOriginal[p.b]! as OriginalOffset,
      }))
  return { link: convert(corrections.link), unlink: convert(corrections.unlink) }
}
