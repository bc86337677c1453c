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
  /** Each document as the numbers of its terms, in order, repeats kept. */
  docs: Int32Array[]
  /** In how many documents each term occurs, by its number. */
  df: Int32Array
}

function numberTerms(docs: readonly (readonly string[])[]): Numbered {
  const number = new Map<string, number>()
  const terms: string[] = []
  const numbered = docs.map((doc) => {
    const out = new Int32Array(doc.length)
    for (let k = 0; k < doc.length; k++) {
      let id = number.get(doc[k]!)
      if (id === undefined) {
        id = terms.length
        number.set(doc[k]!, id)
        terms.push(doc[k]!)
      }
      out[k] = id
    }
    return out
  })
  const df = new Int32Array(terms.length)
  // The last document each term was counted in, so a term repeated in one document counts once.
  const lastDoc = new Int32Array(terms.length).fill(-1)
  numbered.forEach((doc, d) => {
    for (const id of doc) {
      if (lastDoc[id] === d) continue
      lastDoc[id] = d
      df[id]!++
    }
  })
  return { number, terms, docs: numbered, df }
}

/** Smoothed idf over a set of documents: ln((n + 1) / (df + 1)) + 1. */
const idfOf = (n: number, df: number) => Math.log((n + 1) / (df + 1)) + 1

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
  const { number, terms, docs: numbered, df } = numberTerms(docs)
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
  const vectors = numbered.map((doc) => {
    // Filled by a loop, not `map`: a typed array's `map` goes through its generic, slower path.
    const sorted = new Int32Array(doc.length)
    for (let k = 0; k < doc.length; k++) sorted[k] = rank[doc[k]!]!
    sorted.sort()
    // Distinct ids ascending, each with how often the document uses it.
    let distinct = 0
    for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) distinct++
    const ids = new Int32Array(distinct)
    const weights = new Float64Array(distinct)
    let norm = 0
    for (let k = 0, at = 0; k < sorted.length; at++) {
      const id = sorted[k]!
      let tf = 0
      while (k < sorted.length && sorted[k] === id) {
        tf++
        k++
      }
      const w = (1 + Math.log(tf)) * idfById[id]!
      ids[at] = id
      weights[at] = w
      norm += w * w
    }
    norm = Math.sqrt(norm) || 1
    for (let k = 0; k < weights.length; k++) weights[k]! /= norm
    return { ids, weights }
  })
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
