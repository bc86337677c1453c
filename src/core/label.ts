/**
 * Labels an aligned passage. Following de Marneffe et al. (2008), a pair only "contradicts" when it
 * is aligned, on the same topic, and clashes: opposite polarity on the lens claim, a term negated on
 * one side only, different numbers for the same unit, or a firm commitment against a hedge.
 */
import type { Annotation } from './annotate'
import { stemWord } from './tokenize'
import type { Alignment } from './types'

/** Cosine at or above which an aligned pair says the same thing in nearly the same words. */
export const SHARED_COSINE = 0.75

export interface LabelInput {
  annotation: Annotation
  topics: string[]
}

function polarityOf(a: Annotation, family: string): number {
  return a.claims.filter((c) => c.kind === family).reduce((sum, c) => sum + c.polarity, 0)
}

function has(a: Annotation, family: string): boolean {
  return a.claims.some((c) => c.kind === family && !c.negated)
}

function negatedTerms(a: Annotation): { negated: Set<string>; plain: Set<string> } {
  const negated = new Set<string>()
  const plain = new Set<string>()
  for (const c of a.claims) (c.negated ? negated : plain).add(c.cue.toLowerCase())
  return { negated, plain }
}

/** Why two passages on the same topic clash, or null when they do not. */
export function clashBetween(x: LabelInput, y: LabelInput): string | null {
  if (!x.topics.some((t) => y.topics.includes(t))) return null
  const [a, b] = [x.annotation, y.annotation]
  for (const family of ['progress', 'sentiment']) {
    const [pa, pb] = [polarityOf(a, family), polarityOf(b, family)]
    if (pa * pb < 0) return family === 'progress' ? 'opposite claims of progress' : 'opposite tone'
  }
  const [na, nb] = [negatedTerms(a), negatedTerms(b)]
  for (const cue of na.negated) if (nb.plain.has(cue)) return `“${cue}” negated on one side only`
  for (const cue of nb.negated) if (na.plain.has(cue)) return `“${cue}” negated on one side only`
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const head of x.negatedHeads) {
      if (y.terms.includes(head) && !y.negatedHeads.has(head)) {
        return `“${head}” negated on one side only`
      }
    }
  }
  for (const n of a.numbers) {
    const other = b.numbers.find((m) => stemWord(m.unit) === stemWord(n.unit))
    if (other && other.value !== n.value) return `${n.value} against ${other.value} ${n.unit}`
  }
  const firmVsHedged =
    (has(a, 'commitment') && has(b, 'hedge') && !has(a, 'hedge')) ||
    (has(b, 'commitment') && has(a, 'hedge') && !has(b, 'hedge'))
  if (firmVsHedged) return 'firm on one side, hedged on the other'
  return null
}

/** Same words are not the same account when one side adds a claim ("…were not agreed"). */
function sameClaims(x: LabelInput, y: LabelInput): boolean {
  const profile = (l: LabelInput) =>
    l.annotation.claims
      .map((c) => `${c.kind}${c.polarity}`)
      .sort()
      .join(' ')
  return profile(x) === profile(y)
}

export function labelPassage(
  self: LabelInput,
  counterparts: { input: LabelInput; cosine: number }[],
): Alignment {
  if (counterparts.length === 0) return 'only-here'
  if (counterparts.some((c) => clashBetween(self, c.input))) return 'contradicts'
  const best = counterparts[0]!
  return best.cosine >= SHARED_COSINE && sameClaims(self, best.input) ? 'shared' : 'reworded'
}
