/**
 * A line an account tells twice (two translations of one quote, a point made again later) is one
 * divergence, not two: lone candidates whose words mostly repeat a passage of the same side already
 * in another candidate join that candidate.
 */
import { addPassage, type Candidate } from './candidate'
import type { Passage } from './passage'

/** Share of the smaller passage's terms the two have in common; a short passage counts only when it
 * is the other's words exactly ("Thank you." told twice). */
function overlap(x: Passage, y: Passage): number {
  const [p, q] = [wordsOf(x), wordsOf(y)]
  const small = Math.min(p.size, q.size)
  if (small < 4) return p.size === q.size && [...p].every((t) => q.has(t)) ? 1 : 0
  let common = 0
  for (const t of p) if (q.has(t)) common++
  return common / small
}

const wordsCache = new WeakMap<Passage, Set<string>>()
/** A passage's terms but its names: "Trump said the United States will honor the one-China policy"
 * and "Xi took a phone call from U.S. President Donald Trump" share three names and nothing else. */
function wordsOf(s: Passage): Set<string> {
  let words = wordsCache.get(s)
  if (!words) {
    const names = new Set(
      s.annotation.tokens.filter((t, k) => k > 0 && t.capitalized).map((t) => t.term),
    )
    words = new Set(s.annotation.terms.filter((t) => !names.has(t)))
    wordsCache.set(s, words)
  }
  return words
}

/** A repeat: most of its words are in a passage of the same side already in another candidate. */
const REPEAT_OVERLAP = 0.6

/** A term used by more candidates than this is no sign of a repeat, and is not looked up. */
const REPEAT_INDEX_CAP = 16

/** Lone candidates that repeat a line the account already tells elsewhere join that candidate.
 * Candidates are found through the terms they use (each side apart), so the cost follows the words
 * two passages share, not the number of candidates squared. */
export function mergeRepeats(candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = []
  const index = { a: new Map<string, Candidate[]>(), b: new Map<string, Candidate[]>() }
  const remember = (u: Candidate) => {
    for (const side of ['a', 'b'] as const) {
      for (const s of u[side]) {
        for (const t of new Set(s.annotation.terms)) {
          const list = index[side].get(t) ?? []
          if (list.length < REPEAT_INDEX_CAP) list.push(u)
          index[side].set(t, list)
        }
      }
    }
  }
  for (const u of candidates) {
    const lone = u.kind === 'only-a' || u.kind === 'only-b'
    const side = u.kind === 'only-a' ? 'a' : 'b'
    const mine = u[side]
    const home = lone ? repeatHome(mine, side, index[side]) : undefined
    if (!home) {
      kept.push(u)
      remember(u)
      continue
    }
    mine.forEach((m) => addPassage(home[side], m))
  }
  return kept
}

/** An earlier candidate holding a passage of `side` that most of one of `mine`'s words repeat. */
function repeatHome(
  mine: readonly Passage[],
  side: 'a' | 'b',
  index: Map<string, Candidate[]>,
): Candidate | undefined {
  for (const m of mine) {
    const seen = new Set<Candidate>()
    for (const t of m.annotation.terms) {
      const list = index.get(t)
      if (!list || list.length >= REPEAT_INDEX_CAP) continue
      for (const u of list) {
        if (seen.has(u)) continue
        seen.add(u)
        if (u[side].some((s) => overlap(s, m) >= REPEAT_OVERLAP)) return u
      }
    }
  }
  return undefined
}
