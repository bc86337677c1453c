import type { Segment } from '../core'

/**
 * Each passage's counterparts, in both directions: the ones it names, plus the passages that name it as
 * theirs (a 1:N alignment is not always listed on both sides).
 */
export function counterpartMap(passages: Segment[]): Map<string, string[]> {
  const counterparts = new Map<string, Set<string>>()
  const add = (from: string, to: string) => {
    const set = counterparts.get(from) ?? new Set<string>()
    set.add(to)
    counterparts.set(from, set)
  }
  for (const passage of passages) {
    for (const other of passage.counterparts) {
      add(passage.id, other)
      add(other, passage.id)
    }
  }
  return new Map([...counterparts].map(([id, set]) => [id, [...set]]))
}
