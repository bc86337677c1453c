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

/** Cosine of every pair (i, j) that shares at least one term; keys are i * stride + j. */
export function sparseCosines(
  left: readonly Vector[],
  right: readonly Vector[],
): Map<number, number> {
  const index = new Map<string, { j: number; w: number }[]>()
  right.forEach((v, j) => {
    for (const [t, w] of v) {
      const list = index.get(t) ?? []
      list.push({ j, w })
      index.set(t, list)
    }
  })
  const stride = right.length
  const out = new Map<number, number>()
  left.forEach((v, i) => {
    for (const [t, w] of v) {
      for (const post of index.get(t) ?? []) {
        const key = i * stride + post.j
        out.set(key, (out.get(key) ?? 0) + w * post.w)
      }
    }
  })
  return out
}
