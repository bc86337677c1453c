import type { Comparison } from '../core'

/** What the passage tools can say about a passage beyond its label: why it diverges, who speaks in
 * it, and whether its pairing is a weak one the reader may want to undo. */
export interface PassageNote {
  /** The reason of the first (highest-ranked) divergence that cites the passage. */
  reason: string | null
  speaker: string | null
  /** Paired with little evidence: by what the passages claim, or by few shared words. */
  weak: boolean
}

/** Below this confidence an alignment is drawn as weak (core `Segment.confidence`). */
export const WEAK_CONFIDENCE = 0.5

export const isWeak = (s: { alignment: string; confidence: number }) =>
  s.alignment !== 'only-here' && s.confidence < WEAK_CONFIDENCE

/** A note for every passage that has something to say, by passage id. */
export function passageNotes(comparison: Comparison): Map<string, PassageNote> {
  const reasons = new Map<string, string>()
  for (const d of comparison.divergences) {
    for (const id of [...d.a, ...d.b]) if (!reasons.has(id)) reasons.set(id, d.reason)
  }
  const notes = new Map<string, PassageNote>()
  for (const s of [...comparison.segments.a, ...comparison.segments.b]) {
    const note = { reason: reasons.get(s.id) ?? null, speaker: s.speaker, weak: isWeak(s) }
    if (note.reason || note.speaker || note.weak) notes.set(s.id, note)
  }
  return notes
}
