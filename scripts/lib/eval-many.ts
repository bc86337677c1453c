import type { ManyComparison, ManyDivergence } from '../../src/core'
import { TOP_N, normalizeForMatch } from './eval-score'

/** A divergence among several accounts a careful reader leads with (dev-cases-multi/gold.json). */
export interface GoldManyDivergence {
  kind: string
  topic: string
  why?: string
  /** Verbatim snippets per account key; empty for an account the gold does not name. */
  sides: Record<string, string[]>
}

export interface GoldManyResult {
  topic: string
  kind: string
  found: boolean
  rank: number | null
}

/** True when the divergence cites, in every account the gold names, a passage holding one of its snippets. */
function matches(d: ManyDivergence, gold: GoldManyDivergence, text: Map<string, string>): boolean {
  const named = Object.entries(gold.sides).filter(([, snippets]) => snippets.length > 0)
  return named.every(([account, snippets]) => {
    const ids = d.passages[account as keyof ManyDivergence['passages']] ?? []
    return ids.some((id) => {
      const passage = normalizeForMatch(text.get(id) ?? '')
      return snippets.some((s) => passage.includes(normalizeForMatch(s)))
    })
  })
}

/** Each gold divergence is found when one of the top five cites its snippets in each account it names. */
export function scoreMany(
  comparison: ManyComparison,
  gold: GoldManyDivergence[],
): GoldManyResult[] {
  const text = new Map(comparison.accounts.flatMap((a) => a.passages.map((p) => [p.id, p.text])))
  const top = comparison.divergences.slice(0, TOP_N)
  return gold.map((g) => {
    const i = top.findIndex((d) => matches(d, g, text))
    return { topic: g.topic, kind: g.kind, found: i >= 0, rank: i >= 0 ? i + 1 : null }
  })
}
