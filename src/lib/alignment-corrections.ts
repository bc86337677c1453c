/**
 * The reader's corrections to the alignment, as one value the view keeps and the core reads
 * (`CompareOptions.edits`). A passage is named by its start offset in the text as shown. Aligning a pair
 * takes back an earlier separation of it and the reverse, so the last thing the reader said about a pair
 * wins.
 */
import type { OriginalOffset, OriginalPassagePair, ReaderCorrections, Segment } from '../core'

export const NO_CORRECTIONS: ReaderCorrections = { link: [], unlink: [] }

const same = (p: OriginalPassagePair, q: OriginalPassagePair) => p.a === q.a && p.b === q.b
const without = (pairs: OriginalPassagePair[], pair: OriginalPassagePair) =>
  pairs.filter((p) => !same(p, pair))

export const correctionCount = (corrections: ReaderCorrections) =>
  corrections.link.length + corrections.unlink.length

/** The corrections, with this pair aligned whatever its wording. */
export function withPairAligned(
  corrections: ReaderCorrections,
  pair: OriginalPassagePair,
): ReaderCorrections {
  return {
    link: [...without(corrections.link, pair), pair],
    unlink: without(corrections.unlink, pair),
  }
}

/** The corrections, with this pair never aligned. */
export function withPairSeparated(
  corrections: ReaderCorrections,
  pair: OriginalPassagePair,
): ReaderCorrections {
  return {
    link: without(corrections.link, pair),
    unlink: [...without(corrections.unlink, pair), pair],
  }
}

/** Two passages as a correction names them: by their starts in the texts as given, first account first. */
export function passagePair(x: Segment, y: Segment): OriginalPassagePair {
  const [a, b] = x.side === 'a' ? [x, y] : [y, x]
  return { a: a.start as OriginalOffset, b: b.start as OriginalOffset }
}

const isOffset = (n: unknown): n is OriginalOffset => Number.isSafeInteger(n) && (n as number) >= 0

/** Corrections as read from anywhere (a link, storage): whole, non-negative offsets only. */
export function readerCorrections(value: unknown): ReaderCorrections {
  const valid = (pairs: unknown) =>
    Array.isArray(pairs)
      ? pairs.filter(
          (p): p is OriginalPassagePair =>
            typeof p === 'object' &&
            p !== null &&
            isOffset((p as OriginalPassagePair).a) &&
            isOffset((p as OriginalPassagePair).b),
        )
      : []
  const read = (typeof value === 'object' && value) || {}
  return {
    link: valid((read as ReaderCorrections).link),
    unlink: valid((read as ReaderCorrections).unlink),
  }
}
