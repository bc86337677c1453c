/**
 * TF-IDF vectors over similarity terms (sublinear tf, idf over the sentences of both accounts,
 * L2-normalized) and sparse cosine through an inverted index, so the cost follows the terms the
 * two accounts share rather than n × m.
 */
export type Vector = Map<string, number>

export function buildIdf(docs: readonly string[][]): Map<string, number> {
  const df = new Map<string, number>()
  for (const terms of docs) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1)
  const n = docs.length
  const idf = new Map<string, number>()
  for (const [t, d] of df) idf.set(t, Math.log((n + 1) / (d + 1)) + 1)
  return idf
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

export interface PairScores {
  /** Cosine of every pair (i, j) that shares at least one term; keys are i * right.length + j. */
  cosine: Map<number, number>
  /** The highest idf among the terms a pair shares: how specific its best shared word is. */
  anchor: Map<number, number>
}

/** Cosines of all pairs sharing a term, found through an inverted index of the right side. */
export function sparseCosines(
  left: readonly Vector[],
  right: readonly Vector[],
  idf: Map<string, number>,
): PairScores {
  const index = new Map<string, { j: number; w: number }[]>()
  right.forEach((v, j) => {
    for (const [t, w] of v) {
      const list = index.get(t)
      if (list) list.push({ j, w })
      else index.set(t, [{ j, w }])
    }
  })
  const stride = right.length
  const cosine = new Map<number, number>()
  const anchor = new Map<number, number>()
  left.forEach((v, i) => {
    for (const [t, w] of v) {
      const specificity = idf.get(t) ?? 0
      for (const post of index.get(t) ?? []) {
        const key = i * stride + post.j
        cosine.set(key, (cosine.get(key) ?? 0) + w * post.w)
        if (specificity > (anchor.get(key) ?? 0)) anchor.set(key, specificity)
      }
    }
  })
  return { cosine, anchor }
}
