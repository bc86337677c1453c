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
