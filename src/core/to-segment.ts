/** Maps a pipeline sentence back onto the account's original text as a public Segment. Its `side`
 * is the sentence's account: `a` or `b` in a comparison of two, up to `e` in one of many. */
import type { LocalPiece } from './diff-pair'
import type { NormalizedText } from './normalize'
import type { Passage } from './passage'
import type { AccountKey, Segment } from './types'

export function toSegment(
  s: Passage,
  local: LocalPiece[],
  others: readonly Passage[],
  normalized: NormalizedText,
  original: string,
): Segment {
  return toPassage(s, local, others, normalized, original) as Segment
}

/** The original offset of a normalized one (past the map's end: the original's end). A function of
 * its own, not a closure made per passage: every passage of every account comes through here. */
function toOriginal(map: Int32Array, offset: number, original: string): number {
  return map[offset] ?? original.length
}

/** The same for an account of a comparison of many: its key may be past `b`. */
export function toPassage(
  s: Passage,
  local: LocalPiece[],
  others: readonly Passage[],
  normalized: NormalizedText,
  original: string,
): Omit<Segment, 'side'> & { side: AccountKey } {
  const map = normalized.toOriginal
  const start = toOriginal(map, s.start, original)
  const end = toOriginal(map, s.end, original)
  return {
    id: s.id,
    side: s.side,
    start,
    end,
    text: original.slice(start, end),
    paragraph: s.paragraph,
    alignment: s.alignment,
    counterparts: s.counterparts.map((c) => others[c.index]!.id),
    similarity: Math.round((s.counterparts[0]?.cosine ?? 0) * 1000) / 1000,
    topics: s.topics,
    speaker: s.speaker,
    claims: s.annotation.claims,
    moved: s.moved,
    alignedByReader: s.counterparts.filter((c) => c.byReader).map((c) => others[c.index]!.id),
    confidence: s.counterparts[0]?.confidence ?? 1,
    pieces: local.map((p) => ({
      start: toOriginal(map, s.start + p.start, original),
      end: toOriginal(map, s.start + p.end, original),
      changed: p.changed,
    })),
  }
}
