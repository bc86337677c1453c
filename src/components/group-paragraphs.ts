import type { Segment } from '../core'

/** Passages grouped by the paragraph they come from, in reading order. */
export function groupParagraphs(segments: Segment[]): Segment[][] {
  const byParagraph = new Map<number, Segment[]>()
  for (const segment of [...segments].sort((x, y) => x.start - y.start)) {
    const group = byParagraph.get(segment.paragraph)
    if (group) group.push(segment)
    else byParagraph.set(segment.paragraph, [segment])
  }
  return [...byParagraph.values()]
}

/**
 * Links between passages in both directions: a passage's counterparts, plus the passages that name it
 * as theirs (1:N links are not always listed on both sides).
 */
export function linkPassages(segments: Segment[]): Map<string, string[]> {
  const links = new Map<string, Set<string>>()
  const add = (from: string, to: string) => {
    const set = links.get(from) ?? new Set<string>()
    set.add(to)
    links.set(from, set)
  }
  for (const segment of segments) {
    for (const other of segment.counterparts) {
      add(segment.id, other)
      add(other, segment.id)
    }
  }
  return new Map([...links].map(([id, set]) => [id, [...set]]))
}
