/**
 * The reader's corrections to the alignment, as one value the view keeps and the core reads
 * (`CompareOptions.edits`). A passage is named by its start offset in the text as shown. Linking a pair
 * takes back an earlier unlink of it and the reverse, so the last thing the reader said about a pair wins.
 */
import type { AlignmentEdits, PassagePair } from '../core'

export interface ReaderEdits {
  link: PassagePair[]
  unlink: PassagePair[]
}

export const NO_EDITS: ReaderEdits = { link: [], unlink: [] }

const same = (p: PassagePair, q: PassagePair) => p.a === q.a && p.b === q.b
const without = (pairs: PassagePair[], pair: PassagePair) => pairs.filter((p) => !same(p, pair))

export const editCount = (edits: ReaderEdits) => edits.link.length + edits.unlink.length

export function withLink(edits: ReaderEdits, pair: PassagePair): ReaderEdits {
  return { link: [...without(edits.link, pair), pair], unlink: without(edits.unlink, pair) }
}

export function withUnlink(edits: ReaderEdits, pair: PassagePair): ReaderEdits {
  return { link: without(edits.link, pair), unlink: [...without(edits.unlink, pair), pair] }
}

/** Edits as read from anywhere (a link, storage): whole, non-negative offsets only. */
export function readerEdits(value: AlignmentEdits | undefined): ReaderEdits {
  const valid = (pairs: unknown) =>
    Array.isArray(pairs)
      ? pairs.filter(
          (p): p is PassagePair =>
            typeof p === 'object' &&
            p !== null &&
            Number.isSafeInteger((p as PassagePair).a) &&
            Number.isSafeInteger((p as PassagePair).b) &&
            (p as PassagePair).a >= 0 &&
            (p as PassagePair).b >= 0,
        )
      : []
  return { link: valid(value?.link), unlink: valid(value?.unlink) }
}
