/**
 * Passages nothing paired, matched against the clauses of the other account's passages. A readout
 * packs several points into one sentence ("…will begin with an energy and infrastructure ceasefire, as
 * well as technical negotiations on implementation of a maritime ceasefire in the Black Sea, full
 * ceasefire and permanent peace"); the other account gives one of them a sentence of its own ("Putin
 * responded constructively to Donald Trump's idea … the safety of navigation in the Black Sea"), whose
 * words are too small a share of the long sentence's for the two to pair as wholes.
 *
 * Only through a word the two passages alone use, one in each account ("Black Sea", "third"): the
 * words a pair of accounts repeats everywhere (the parties, "the Tribunal") make short clauses look
 * alike by chance. So each lone passage compares itself with the clauses of at most a few passages,
 * however long the texts.
 */
import { DEFAULT_ALIGN } from './align'
import { contentTerms } from './annotate'
import type { Passage } from './passage'
import { idfOf, termWeight } from './term-space'
import type { Token } from './tokenize'

export interface ClauseLink {
  a: number
  b: number
  cosine: number
}

/** A clause and a sentence pair on the cosine two sentences need (align.ts); what keeps chance
 * likeness of a few words out is the rare word they must share, and a second word besides. */
const MIN_CLAUSE_COSINE = DEFAULT_ALIGN.threshold
/** A clause needs this many content words to be compared on its own. */
const MIN_CLAUSE_TERMS = 3
/** Distinct words a clause and a sentence must share. */
const MIN_SHARED_TERMS = 2
/** A word that leads to a clause is in no more passages than this, of both accounts together. */
const RARE_DF = 2
/** What separates clauses in a sentence's text between two words. */
const CLAUSE_BREAK = /[,;:—–]/

/** The content terms of each clause of a passage; none for a passage of one clause. */
function clausesOf(s: Passage, names: ReadonlySet<string>): string[][] {
  const { tokens } = s.annotation
  const clauses: Token[][] = []
  let from = 0
  for (let k = 0; k < tokens.length; k++) {
    const next = tokens[k + 1]
    if (next && !CLAUSE_BREAK.test(s.text.slice(tokens[k]!.end, next.start))) continue
    clauses.push(tokens.slice(from, k + 1))
    from = k + 1
  }
  if (clauses.length < 2) return []
  return clauses
    .map((c) => contentTerms(c, names))
    .filter((terms) => terms.length >= MIN_CLAUSE_TERMS)
}

/** TF-IDF weights of a list of terms, scaled to unit length (as term-space.ts weighs passages). */
function unitVector(terms: readonly string[], idf: (t: string) => number): Map<string, number> {
  const tf = new Map<string, number>()
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1)
  const weights = new Map<string, number>()
  let norm = 0
  for (const [t, n] of tf) {
    const w = termWeight(n, idf(t))
    weights.set(t, w)
    norm += w * w
  }
  norm = Math.sqrt(norm) || 1
  for (const [t, w] of weights) weights.set(t, w / norm)
  return weights
}

function cosine(
  x: Map<string, number>,
  y: Map<string, number>,
): { cosine: number; shared: number } {
  let dot = 0
  let shared = 0
  for (const [t, w] of x) {
    const v = y.get(t)
    if (v !== undefined) {
      dot += w * v
      shared++
    }
  }
  return { cosine: dot, shared }
}

/** Each passage of either side that has no counterpart, linked to the passage of the other side one
 * of whose clauses it is closest to, if close enough. `terms` are the content terms of `a`'s passages
 * and then `b`'s, as the aligner read them. */
export function clauseLinks(
  a: readonly Passage[],
  b: readonly Passage[],
  terms: readonly (readonly string[])[],
  names: ReadonlySet<string>,
): ClauseLink[] {
  const all = [...a, ...b]
  const df = new Map<string, number>()
  for (const list of terms) for (const t of new Set(list)) df.set(t, (df.get(t) ?? 0) + 1)
  const idf = (t: string) => idfOf(all.length, df.get(t) ?? 0)
  // The passages that use each rare word, by their place in `all`.
  const users = new Map<string, number[]>()
  terms.forEach((list, d) => {
    for (const t of new Set(list)) {
      if (df.get(t)! > RARE_DF) continue
      const found = users.get(t)
      if (found) found.push(d)
      else users.set(t, [d])
    }
  })
  /** The passages of the other account that share a rare word with passage `d`. */
  const sharingRareWords = (d: number): Passage[] => {
    const onA = d < a.length
    const found = new Set<number>()
    for (const t of terms[d]!) {
      for (const e of users.get(t) ?? []) if (e < a.length !== onA) found.add(e)
    }
    return [...found].map((e) => all[e]!)
  }
  const links: ClauseLink[] = []
  all.forEach((s, d) => {
    if (s.counterparts.length > 0 || s.annotation.terms.length === 0) return
    const others = sharingRareWords(d)
    if (others.length === 0) return
    const own = unitVector(terms[d]!, idf)
    let best: { other: number; cosine: number } | null = null
    for (const other of others) {
      for (const clause of clausesOf(other, names)) {
        const match = cosine(own, unitVector(clause, idf))
        if (match.shared < MIN_SHARED_TERMS || match.cosine < MIN_CLAUSE_COSINE) continue
        if (!best || match.cosine > best.cosine) best = { other: other.index, cosine: match.cosine }
      }
    }
    if (!best) return
    links.push(
      d < a.length
        ? { a: s.index, b: best.other, cosine: best.cosine }
        : { a: best.other, b: s.index, cosine: best.cosine },
    )
  })
  return links
}
