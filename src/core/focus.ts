/** Which topics the accounts cover, and which one to lead with when the reader has not said. */
import type { Lenses } from './lens'
import type { RankedCandidate } from './rank'
import type { Passage } from './passage'
import type { TopicCount } from './types'

/** Topics found in either account with their passage counts, most frequent first. */
export function countTopics(a: Passage[], b: Passage[], lenses: Lenses): TopicCount[] {
  // One pass over each account, not one per topic: a long account has thousands of passages.
  const [inA, inB] = [passagesPerTopic(a), passagesPerTopic(b)]
  return lenses.all
    .map((t) => ({ id: t.id, label: t.lens, a: inA.get(t.id) ?? 0, b: inB.get(t.id) ?? 0 }))
    .filter((t) => t.a + t.b > 0)
    .sort((x, y) => y.a + y.b - (x.a + x.b))
}

/** How many passages carry each topic (a passage that lists a topic twice counts once). */
function passagesPerTopic(passages: readonly Passage[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const s of passages) {
    s.topics.forEach((t, k) => {
      if (s.topics.indexOf(t) === k) counts.set(t, (counts.get(t) ?? 0) + 1)
    })
  }
  return counts
}

/** Topics some passage names by a word of their own, not only by the kind of claim it makes: a
 * court ruling's thanks to the tribunal is courtesy, and no reason to lead with culture and history. */
export function namedTopics(passages: readonly Passage[]): Set<string> {
  const named = new Set<string>()
  for (const s of passages) for (const t of s.annotation.named) named.add(t)
  return named
}

/** Topics salient enough to lead with when both accounts cover them. */
const MIN_FOCUS_SALIENCE = 0.5

/** A topic as the focus choice sees it: how many accounts tell it, in how many passages. */
export interface TopicReach {
  id: string
  accounts: number
  passages: number
}

/** Reach of each topic over the accounts, most passages first, ties in the lexicon's order (as
 * `countTopics` orders a pair's). */
export function topicReach(
  accounts: readonly (readonly Passage[])[],
  lenses: Lenses,
): TopicReach[] {
  const reach = new Map(lenses.all.map((t) => [t.id, { id: t.id, accounts: 0, passages: 0 }]))
  for (const passages of accounts) {
    const told = new Set<string>()
    for (const s of passages) {
      for (const id of s.topics) {
        const r = reach.get(id)
        if (!r) continue
        r.passages++
        told.add(id)
      }
    }
    for (const id of told) reach.get(id)!.accounts++
  }
  // Map order is the lexicon's, and the sort is stable: ties stay in it.
  return [...reach.values()].filter((t) => t.passages > 0).sort((x, y) => y.passages - x.passages)
}

/** A pair's reach, from the counts `countTopics` has already made (same order). */
export const pairReach = (topics: readonly TopicCount[]): TopicReach[] =>
  topics.map((t) => ({
    id: t.id,
    accounts: Number(t.a > 0) + Number(t.b > 0),
    passages: t.a + t.b,
  }))

/** The reader's focus if it names a lens; otherwise the salient topic two or more accounts tell and
 * diverge on most (summed divergence scores), else the most frequent salient topic, else none ('').
 * How the call went is never the focus by default: it is what the verdict clash is about. */
export function chooseFocus(
  requested: string | undefined,
  topics: readonly TopicReach[],
  scored: readonly RankedCandidate[],
  lenses: Lenses,
  named: ReadonlySet<string>,
): string {
  if (requested && lenses.get(requested)) return requested
  const leadable = (id: string) =>
    named.has(id) && (lenses.get(id)?.salience ?? 0) >= MIN_FOCUS_SALIENCE
  const weight = new Map<string, number>()
  for (const u of scored) weight.set(u.topic, (weight.get(u.topic) ?? 0) + u.score)
  const shared = topics.filter((t) => t.accounts > 1 && leadable(t.id))
  const best = shared.sort((x, y) => (weight.get(y.id) ?? 0) - (weight.get(x.id) ?? 0))[0]
  const salient = topics.find((t) => leadable(t.id))
  return best?.id ?? salient?.id ?? ''
}
