/**
 * TF-IDF vectors over similarity terms (sublinear tf, idf over the sentences of both accounts,
 * L2-normalized) and cosines for the pairs worth scoring, found through an inverted index of the
 * specific terms only, so the cost follows the rare words two accounts share rather than n × m.
 */
export type Vector = Map<string, number>

export interface Corpus {
  /** Number of sentences each term occurs in, over both accounts. */
  df: Map<string, number>
  idf: Map<string, number>
}

export function buildCorpus(docs: readonly string[][]): Corpus {
  const df = new Map<string, number>()
  for (const terms of docs) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1)
  const n = docs.length
  const idf = new Map<string, number>()
  for (const [t, d] of df) idf.set(t, Math.log((n + 1) / (d + 1)) + 1)
  return { df, idf }
}

export function vectorize(terms: readonly string[], idf: Map<string, number>): Vector {
  const tf = new Map<string, number>()
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1)
  const v: Vector = new Map()
  let norm = 0
  for (const [t, f] of tf) {
    const w = (1 + Math.log(f)) * (idf.get(t) ?? 1)
    v.set(t, w)
    norm += w * w
  }
  norm = Math.sqrt(norm) || 1
  for (const [t, w] of v) v.set(t, w / norm)
  return v
}

export function cosine(x: Vector, y: Vector): number {
  const [small, large] = x.size <= y.size ? [x, y] : [y, x]
  let dot = 0
  for (const [t, w] of small) dot += w * (large.get(t) ?? 0)
  return dot
}

/**
 * Pairs (i, j) that share at least one specific term — one used by at most `maxDf` sentences —
 * with their cosine. Two passages that share only common words ("Russia", "agreed") are not
 * evidence of telling the same thing, and skipping them keeps long texts near-linear.
 */
export function anchoredPairs(
  left: readonly Vector[],
  right: readonly Vector[],
  df: Map<string, number>,
  maxDf: number,
): { i: number; j: number; cosine: number }[] {
  const index = new Map<string, number[]>()
  right.forEach((v, j) => {
    for (const t of v.keys()) {
      if ((df.get(t) ?? 0) > maxDf) continue
      const list = index.get(t)
      if (list) list.push(j)
      else index.set(t, [j])
    }
  })
  const pairs: { i: number; j: number; cosine: number }[] = []
  left.forEach((v, i) => {
    const seen = new Set<number>()
    for (const t of v.keys()) {
      for (const j of index.get(t) ?? []) {
        if (seen.has(j)) continue
        seen.add(j)
        pairs.push({ i, j, cosine: cosine(v, right[j]!) })
      }
    }
  })
  return pairs
}
