import type { Comparison, Divergence, Segment, Side } from '../../src/core'

/** A divergence a careful reader leads with, from dev-cases/gold.json. */
export interface GoldDivergence {
  kind: string
  topic: string
  why?: string
  /** Verbatim snippets from side a / side b; empty when the gold names only the other side. */
  a: string[]
  b: string[]
}

export interface GoldResult {
  topic: string
  kind: string
  found: boolean
  /** 1-based rank of the divergence that matched, or null. */
  rank: number | null
  /** For each side the gold names, the passages that contain one of its snippets (where a match could be). */
  passages: Partial<Record<Side, string[]>>
}

export const TOP_N = 5
export const MAX_PASSAGES_PER_SIDE = 3

/** Straight quotes and apostrophes, lower case, single spaces: how snippets and passages are compared. */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

function sidesNamed(gold: GoldDivergence): Side[] {
  const sides: Side[] = []
  if (gold.a.length > 0) sides.push('a')
  if (gold.b.length > 0) sides.push('b')
  return sides
}

/** True when the divergence cites, on every side the gold names, a passage containing one of its snippets. */
export function divergenceMatches(
  d: Divergence,
  gold: GoldDivergence,
  segments: Map<string, Segment>,
): boolean {
  if (d.a.length > MAX_PASSAGES_PER_SIDE || d.b.length > MAX_PASSAGES_PER_SIDE) return false
  const sides = sidesNamed(gold)
  if (sides.length === 0) return false
  return sides.every((side) => {
    const snippets = gold[side].map(normalizeForMatch)
    return d[side].some((id) => {
      const seg = segments.get(id)
      return seg !== undefined && containsSnippet(seg, snippets)
    })
  })
}

function containsSnippet(seg: Segment, normalizedSnippets: string[]): boolean {
  const text = normalizeForMatch(seg.text)
  return normalizedSnippets.some((s) => text.includes(s))
}

/** Ids of the passages on one side that contain one of the gold's snippets for that side. */
function passagesWithSnippets(segments: Segment[], snippets: string[]): string[] {
  const normalized = snippets.map(normalizeForMatch)
  return segments.filter((seg) => containsSnippet(seg, normalized)).map((seg) => seg.id)
}

export function segmentIndex(comparison: Comparison): Map<string, Segment> {
  const map = new Map<string, Segment>()
  for (const seg of [...comparison.segments.a, ...comparison.segments.b]) map.set(seg.id, seg)
  return map
}

/** True when the divergence cites, on at least one side the gold names, a passage holding one of its
 * snippets: the item points at that gold divergence, even if it tells only part of it. */
export function divergencePointsAt(
  d: Divergence,
  gold: GoldDivergence,
  segments: Map<string, Segment>,
): boolean {
  return sidesNamed(gold).some((side) => {
    const snippets = gold[side].map(normalizeForMatch)
    return d[side].some((id) => {
      const seg = segments.get(id)
      return seg !== undefined && containsSnippet(seg, snippets)
    })
  })
}

/** How the top five read against the gold: what they point at, and whether their clashes are real. */
export interface TopScore {
  /** Top items (at most five). */
  items: number
  /** Top items that point at some gold divergence. */
  pointing: number
  /** Top items labelled `contradicts` that match no gold contradiction: false alarms. */
  falseClashes: number
  /** Gold contradictions matched by a top item labelled `contradicts`. */
  clashesLabelled: number
  /** Gold contradictions in all. */
  clashes: number
}

export function scoreTop(comparison: Comparison, gold: GoldDivergence[]): TopScore {
  const segments = segmentIndex(comparison)
  const top = comparison.divergences.slice(0, TOP_N)
  const goldClashes = gold.filter((g) => g.kind === 'contradicts')
  const isClash = (d: Divergence) => d.kind === 'contradicts'
  return {
    items: top.length,
    pointing: top.filter((d) => gold.some((g) => divergencePointsAt(d, g, segments))).length,
    falseClashes: top.filter(
      (d) => isClash(d) && !goldClashes.some((g) => divergenceMatches(d, g, segments)),
    ).length,
    clashesLabelled: goldClashes.filter((g) =>
      top.some((d) => isClash(d) && divergenceMatches(d, g, segments)),
    ).length,
    clashes: goldClashes.length,
  }
}

/** Scores one pair: each gold divergence is found when one of the top five divergences matches it. */
export function scorePair(comparison: Comparison, gold: GoldDivergence[]): GoldResult[] {
  const segments = segmentIndex(comparison)
  const top = comparison.divergences.slice(0, TOP_N)
  return gold.map((g) => {
    const i = top.findIndex((d) => divergenceMatches(d, g, segments))
    return {
      topic: g.topic,
      kind: g.kind,
      found: i >= 0,
      rank: i >= 0 ? i + 1 : null,
      passages: Object.fromEntries(
        sidesNamed(g).map((side) => [
          side,
          passagesWithSnippets(comparison.segments[side], g[side]),
        ]),
      ),
    }
  })
}
