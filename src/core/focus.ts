/** Which topics the accounts cover, and which one to lead with when the reader has not said. */
import type { Lenses } from './lens'
import type { RankedCandidate } from './rank'
import type { Passage } from './passage'
import type { TopicCount } from './types'

/** Topics found in either account with their passage counts, most frequent first. */
export function countTopics(a: Passage[], b: Passage[], lenses: Lenses): TopicCount[] {
  return lenses.all
    .map((t) => ({
      id: t.id,
      label: t.lens,
      a: a.filter((s) => s.topics.includes(t.id)).length,
      b: b.filter((s) => s.topics.includes(t.id)).length,
    }))
    .filter((t) => t.a + t.b > 0)
    .sort((x, y) => y.a + y.b - (x.a + x.b))
}

/** Topics salient enough to lead with when both accounts cover them. */
const MIN_FOCUS_SALIENCE = 0.5

/** The reader's focus if it names a lens; otherwise the salient topic both accounts cover and
 * diverge on most (summed divergence scores), else the most frequent salient topic, else none ('').
 * How the call went is never the focus by default: it is what the verdict clash is about. */
export function chooseFocus(
  requested: string | undefined,
  topics: TopicCount[],
  scored: readonly RankedCandidate[],
  lenses: Lenses,
): string {
  if (requested && lenses.get(requested)) return requested
  const weight = new Map<string, number>()
  for (const u of scored) weight.set(u.topic, (weight.get(u.topic) ?? 0) + u.score)
  const both = topics.filter(
    (t) => t.a > 0 && t.b > 0 && (lenses.get(t.id)?.salience ?? 0) >= MIN_FOCUS_SALIENCE,
  )
  const best = both.sort((x, y) => (weight.get(y.id) ?? 0) - (weight.get(x.id) ?? 0))[0]
  const salient = topics.find((t) => (lenses.get(t.id)?.salience ?? 0) >= MIN_FOCUS_SALIENCE)
  return best?.id ?? salient?.id ?? ''
}
