import type { Segment } from '../core'

/** Passages grouped by the paragraph they come from, in reading order. */
export function groupParagraphs(passages: Segment[]): Segment[][] {
  const byParagraph = new Map<number, Segment[]>()
  for (const passage of [...passages].sort((x, y) => x.start - y.start)) {
    const group = byParagraph.get(passage.paragraph)
    if (group) group.push(passage)
    else byParagraph.set(passage.paragraph, [passage])
  }
  return [...byParagraph.values()]
}

/**
 * Links between passages in both directions: a passage's counterparts, plus the passages that name it
 * as theirs (1:N links are not always listed on both sides).
 */
export function linkPassages(passages: Segment[]): Map<string, string[]> {
  const links = new Map<string, Set<string>>()
  const add = (from: string, to: string) => {
    const set = links.get(from) ?? new Set<string>()
    set.add(to)
    links.set(from, set)
  }
  for (const passage of passages) {
    for (const other of passage.counterparts) {
      add(passage.id, other)
      add(other, passage.id)
    }
  }
  return new Map([...links].map(([id, set]) => [id, [...set]]))
}
