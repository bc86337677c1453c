/**
 * The vector space the aligner compares passages in: each passage a unit TF-IDF vector over terms
 * numbered rarest first (the order prefix filtering in similarity-join.ts relies on), and their cosine.
 */

/** A TF-IDF vector: term ids ascending (rarest first), with unit-norm weights. */
export interface SparseVector {
  ids: Int32Array
  weights: Float64Array
}

export interface TermSpace {
  /** The vector of each document, in the order given. */
  vectors: SparseVector[]
  /** idf of a term, 0 for a term no document has. */
  idf(term: string): number
}

/** In how many documents each term occurs. */
function documentFrequency(docs: readonly (readonly string[])[]): Map<string, number> {
  const df = new Map<string, number>()
  for (const terms of docs) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1)
  return df
}

/** Smoothed idf over a set of documents: ln((n + 1) / (df + 1)) + 1. */
const idfOf = (n: number, df: number) => Math.log((n + 1) / (df + 1)) + 1

/** The idf of each term of the documents (0 for a term none has), without building vectors. */
export function inverseDocumentFrequency(
  docs: readonly (readonly string[])[],
): (term: string) => number {
  const df = documentFrequency(docs)
  return (term) => {
    const d = df.get(term)
    return d === undefined ? 0 : idfOf(docs.length, d)
  }
}

/** Numbers the terms of all documents rarest first (ties by the term, so runs are repeatable) and
 * turns each document into a unit TF-IDF vector (sublinear tf, smoothed idf). */
export function termSpace(docs: readonly (readonly string[])[]): TermSpace {
  const df = documentFrequency(docs)
  const ordered = [...df].sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
  const idOf = new Map<string, number>()
  const idfById = new Float64Array(ordered.length)
  const n = docs.length
  ordered.forEach(([term, d], id) => {
    idOf.set(term, id)
    idfById[id] = idfOf(n, d)
  })
  const vectors = docs.map((terms) => {
    const tf = new Map<number, number>()
    for (const t of terms) {
      const id = idOf.get(t)!
      tf.set(id, (tf.get(id) ?? 0) + 1)
    }
    const ids = Int32Array.from([...tf.keys()].sort((x, y) => x - y))
    const weights = new Float64Array(ids.length)
    let norm = 0
    ids.forEach((id, k) => {
      const w = (1 + Math.log(tf.get(id)!)) * idfById[id]!
      weights[k] = w
      norm += w * w
    })
    norm = Math.sqrt(norm) || 1
    for (let k = 0; k < weights.length; k++) weights[k]! /= norm
    return { ids, weights }
  })
  return {
    vectors,
    idf: (term) => {
      const id = idOf.get(term)
      return id === undefined ? 0 : idfById[id]!
    },
  }
}

/** Cosine of two unit vectors: a merge of their sorted ids. */
export function sparseCosine(x: SparseVector, y: SparseVector): number {
  let dot = 0
  for (let i = 0, j = 0; i < x.ids.length && j < y.ids.length;) {
    const [a, b] = [x.ids[i]!, y.ids[j]!]
    if (a === b) dot += x.weights[i++]! * y.weights[j++]!
    else if (a < b) i++
    else j++
  }
  return dot
}
