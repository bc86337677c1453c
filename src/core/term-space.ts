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

/** The documents' terms numbered in order of first appearance, with how many documents use each:
 * one lookup per occurrence, and the rest is arithmetic on those numbers. */
interface Numbered {
  /** Term → its number. */
  number: Map<string, number>
  /** Each term, by its number. */
  terms: string[]
  /** All documents' terms as numbers, in order, repeats kept: document d's are `occurrences[from[d]]`
   * to `occurrences[from[d + 1] - 1]`. One flat array, not one per passage. */
  occurrences: Int32Array
  from: Int32Array
  /** In how many documents each term occurs, by its number. */
  df: Int32Array
}

function numberTerms(docs: readonly (readonly string[])[]): Numbered {
  const number = new Map<string, number>()
  const terms: string[] = []
  const from = new Int32Array(docs.length + 1)
  for (let d = 0; d < docs.length; d++) from[d + 1] = from[d]! + docs[d]!.length
  const occurrences = new Int32Array(from[docs.length]!)
  for (let d = 0, at = 0; d < docs.length; d++) {
    const doc = docs[d]!
    for (let k = 0; k < doc.length; k++) {
      let id = number.get(doc[k]!)
      if (id === undefined) {
        id = terms.length
        number.set(doc[k]!, id)
        terms.push(doc[k]!)
      }
      occurrences[at++] = id
    }
  }
  const df = new Int32Array(terms.length)
  // The last document each term was counted in, so a term repeated in one document counts once.
  const lastDoc = new Int32Array(terms.length).fill(-1)
  for (let d = 0; d < docs.length; d++) {
    for (let at = from[d]!; at < from[d + 1]!; at++) {
      const id = occurrences[at]!
      if (lastDoc[id] === d) continue
      lastDoc[id] = d
      df[id]!++
    }
  }
  return { number, terms, occurrences, from, df }
}

/** Smoothed idf over a set of documents: ln((n + 1) / (df + 1)) + 1. */
export const idfOf = (n: number, df: number) => Math.log((n + 1) / (df + 1)) + 1

/** A term's weight in a document: sublinear in how often the document uses it, times its idf. */
export const termWeight = (tf: number, idf: number) => (1 + Math.log(tf)) * idf

/** The idf of each term of the documents (0 for a term none has), without building vectors. */
export function inverseDocumentFrequency(
  docs: readonly (readonly string[])[],
): (term: string) => number {
  const { number, df } = numberTerms(docs)
  // Worked out once per term: ranking asks for the same terms' idf many times over.
  const idf = Float64Array.from(df, (d) => idfOf(docs.length, d))
  return (term) => {
    const id = number.get(term)
    return id === undefined ? 0 : idf[id]!
  }
}

/** Numbers the terms of all documents rarest first (ties by the term, so runs are repeatable) and
 * turns each document into a unit TF-IDF vector (sublinear tf, smoothed idf). */
export function termSpace(docs: readonly (readonly string[])[]): TermSpace {
  const { number, terms, occurrences, from, df } = numberTerms(docs)
  const byRarity = Array.from(terms.keys()).sort((x, y) => {
    const [tx, ty] = [terms[x]!, terms[y]!]
    return df[x]! - df[y]! || (tx < ty ? -1 : tx > ty ? 1 : 0)
  })
  // Rarest-first id of each term, by its number in order of appearance.
  const rank = new Int32Array(terms.length)
  const idfById = new Float64Array(terms.length)
  const n = docs.length
  byRarity.forEach((term, id) => {
    rank[term] = id
    idfById[id] = idfOf(n, df[term]!)
  })
  // Every vector is a view of its own stretch of two flat arrays, laid out as the occurrences are
  // (a document has no more distinct terms than occurrences): two buffers in all, not two per passage.
  const allIds = new Int32Array(occurrences.length)
  const allWeights = new Float64Array(occurrences.length)
  for (let at = 0; at < occurrences.length; at++) allIds[at] = rank[occurrences[at]!]!
  const vectors: SparseVector[] = []
  for (let d = 0; d < docs.length; d++) {
    const [start, end] = [from[d]!, from[d + 1]!]
    const sorted = allIds.subarray(start, end).sort()
    // Distinct ids ascending, each with how often the document uses it, written over the sorted ids
    // (never ahead of them).
    let norm = 0
    let distinct = 0
    for (let k = 0; k < sorted.length; distinct++) {
      const id = sorted[k]!
      let tf = 0
      while (k < sorted.length && sorted[k] === id) {
        tf++
        k++
      }
      const w = termWeight(tf, idfById[id]!)
      sorted[distinct] = id
      allWeights[start + distinct] = w
      norm += w * w
    }
    norm = Math.sqrt(norm) || 1
    const weights = allWeights.subarray(start, start + distinct)
    for (let k = 0; k < weights.length; k++) weights[k]! /= norm
    vectors.push({ ids: allIds.subarray(start, start + distinct), weights })
  }
  return {
    vectors,
    idf: (term) => {
      const at = number.get(term)
      return at === undefined ? 0 : idfById[rank[at]!]!
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
