import { segmentsById, type Comparison } from '../core'

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

/** The note of one passage, or null when there is nothing to say. Asked for one passage at a time
 * (the one whose tools are open), so nothing is computed for the tens of thousands never asked about;
 * the divergences are indexed once, on the first question. */
export function passageNotes(comparison: Comparison): (id: string) => PassageNote | null {
  let reasons: Map<string, string> | null = null
  return (id) => {
    if (!reasons) {
      reasons = new Map()
      for (const d of comparison.divergences) {
        for (const passage of [...d.a, ...d.b]) {
          if (!reasons.has(passage)) reasons.set(passage, d.reason)
        }
      }
    }
    const s = segmentsById(comparison).get(id)
    if (!s) return null
    const note = { reason: reasons.get(id) ?? null, speaker: s.speaker, weak: isWeak(s) }
    return note.reason || note.speaker || note.weak ? note : null
  }
}
