/**
 * Every pair of passages whose TF-IDF cosine reaches a threshold, without comparing all n × m pairs:
 * prefix filtering from the similarity-join literature (All-Pairs, Bayardo, Ma and Srikant, 2007).
 *
 * Terms are numbered rarest first. A passage's vector, read in that order, has a prefix (its rarest
 * terms) and a suffix that could add less than the threshold to any cosine, even at the other side's
 * largest weight for each of its terms. Two vectors that share no term of the first one's prefix meet
 * only in its suffix, so their cosine is below the threshold. So each passage of one account probes an
 * inverted index of the other with its prefix only: its rare words, whose posting lists are short.
 * Recall is complete by construction; the cost follows the rare words two accounts share, however long
 * they are and however repetitive their common vocabulary.
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

export interface SimilarPair {
  i: number
  j: number
  cosine: number
}

/** The right side's inverted index, flat: for term id t, entries `start[t]` to `start[t + 1]` of
 * `doc`/`weight` list the documents that use it and its weight there. */
interface Postings {
  start: Int32Array
  doc: Int32Array
  weight: Float64Array
}

function indexOf(vectors: readonly SparseVector[], terms: number): Postings {
  const start = new Int32Array(terms + 1)
  for (const v of vectors) for (const id of v.ids) start[id + 1]!++
  for (let t = 0; t < terms; t++) start[t + 1]! += start[t]!
  const fill = start.slice(0, terms)
  const doc = new Int32Array(start[terms]!)
  const weight = new Float64Array(start[terms]!)
  vectors.forEach((v, j) => {
    for (let k = 0; k < v.ids.length; k++) {
      const at = fill[v.ids[k]!]!++
      doc[at] = j
      weight[at] = v.weights[k]!
    }
  })
  return { start, doc, weight }
}

/**
 * Every pair (i of `left`, j of `right`) with a cosine of at least `minCosine` (> 0), each once, with
 * its exact cosine. A right document becomes a candidate only through a term of the left one's prefix;
 * the suffix then only adds to candidates already found (All-Pairs' accumulation), so no pair is
 * verified twice and none is missed.
 */
export function similarPairs(
  left: readonly SparseVector[],
  right: readonly SparseVector[],
  minCosine: number,
): SimilarPair[] {
  const pairs: SimilarPair[] = []
  forEachSimilarPair(left, right, minCosine, (i, j, cosine) => pairs.push({ i, j, cosine }))
  return pairs
}

/**
 * The pairs of `similarPairs` that are among the `k` best of their left document or of their right
 * one: all a matching that gives each passage one partner and a few more can use, without holding
 * the millions of weaker pairs a long, repetitive text has (two 1 MB transcripts: six million pairs at
 * a cosine of 0.1, a hundred per passage).
 */
export function bestPairs(
  left: readonly SparseVector[],
  right: readonly SparseVector[],
  minCosine: number,
  k: number,
): SimilarPair[] {
  const byLeft = new BestOf(left.length, k)
  const byRight = new BestOf(right.length, k)
  forEachSimilarPair(left, right, minCosine, (i, j, cosine) => {
    byLeft.offer(i, j, cosine)
    byRight.offer(j, i, cosine)
  })
  const kept = new Map<number, SimilarPair>()
  const key = (i: number, j: number) => i * right.length + j
  byLeft.each((i, j, cosine) => kept.set(key(i, j), { i, j, cosine }))
  byRight.each((j, i, cosine) => kept.set(key(i, j), { i, j, cosine }))
  return [...kept.values()]
}

/**
 * `bestPairs` in two passes, for texts whose common words every passage shares (a transcript that says
 * "the delegates met in Vienna" ten thousand times): at a low floor, each passage's prefix holds those
 * words and the join compares nearly every pair. First the pairs at `anchor` or above, whose prefixes
 * are short; then, at `minCosine`, only the passages that found no such partner look further, from
 * either side. A passage with a close partner keeps its best ones; what it loses are weaker partners
 * that a matching would not give it.
 */
export function anchoredBestPairs(
  left: readonly SparseVector[],
  right: readonly SparseVector[],
  minCosine: number,
  anchor: number,
  k: number,
): SimilarPair[] {
  const kept = new Map<number, SimilarPair>()
  const keep = (p: SimilarPair) => kept.set(p.i * right.length + p.j, p)
  const anchored = bestPairs(left, right, anchor, k)
  anchored.forEach(keep)
  const [pairedLeft, pairedRight] = [
    new Set(anchored.map((p) => p.i)),
    new Set(anchored.map((p) => p.j)),
  ]
  const freeLeft = left.map((_, i) => i).filter((i) => !pairedLeft.has(i))
  const freeRight = right.map((_, j) => j).filter((j) => !pairedRight.has(j))
  for (const p of bestPairs(
    freeLeft.map((i) => left[i]!),
    right,
    minCosine,
    k,
  )) {
    keep({ i: freeLeft[p.i]!, j: p.j, cosine: p.cosine })
  }
  for (const p of bestPairs(
    freeRight.map((j) => right[j]!),
    left,
    minCosine,
    k,
  )) {
    keep({ i: p.j, j: freeRight[p.i]!, cosine: p.cosine })
  }
  return [...kept.values()]
}

/**
 * The same over documents of several accounts at once (`groups[i]` is document i's account): the
 * pairs of different accounts, each among the `k` best of one of its two documents. One join over
 * all the texts, so the cost follows their sum, not the number of pairs of accounts.
 */
export function bestPairsAcross(
  vectors: readonly SparseVector[],
  groups: ArrayLike<number>,
  minCosine: number,
  k: number,
): SimilarPair[] {
  const best = new BestOf(vectors.length, k)
  forEachSimilarPair(vectors, vectors, minCosine, (i, j, cosine) => {
    if (j <= i || groups[i] === groups[j]) return
    best.offer(i, j, cosine)
    best.offer(j, i, cosine)
  })
  const kept = new Map<number, SimilarPair>()
  best.each((i, j, cosine) => {
    const [x, y] = i < j ? [i, j] : [j, i]
    kept.set(x * vectors.length + y, { i: x, j: y, cosine })
  })
  return [...kept.values()]
}

/** The `k` best partners of each of `n` documents, in flat typed arrays: a long text offers millions
 * of pairs, and most are turned away by one comparison with the worst kept so far. */
class BestOf {
  private readonly partner: Int32Array
  private readonly score: Float64Array
  private readonly count: Int32Array
  /** Slot of the worst kept partner of each document, once it has `k`. */
  private readonly worst: Int32Array

  constructor(
    n: number,
    private readonly k: number,
  ) {
    this.partner = new Int32Array(n * k)
    this.score = new Float64Array(n * k)
    this.count = new Int32Array(n)
    this.worst = new Int32Array(n)
  }

  offer(doc: number, partner: number, score: number): void {
    const base = doc * this.k
    const count = this.count[doc]!
    if (count < this.k) {
      this.partner[base + count] = partner
      this.score[base + count] = score
      this.count[doc] = count + 1
      if (count + 1 === this.k) this.findWorst(doc)
      return
    }
    const slot = base + this.worst[doc]!
    if (score <= this.score[slot]!) return
    this.partner[slot] = partner
    this.score[slot] = score
    this.findWorst(doc)
  }

  private findWorst(doc: number): void {
    const base = doc * this.k
    let worst = 0
    for (let q = 1; q < this.k; q++) {
      if (this.score[base + q]! < this.score[base + worst]!) worst = q
    }
    this.worst[doc] = worst
  }

  each(visit: (doc: number, partner: number, score: number) => void): void {
    for (let doc = 0; doc < this.count.length; doc++) {
      for (let q = 0; q < this.count[doc]!; q++) {
        visit(doc, this.partner[doc * this.k + q]!, this.score[doc * this.k + q]!)
      }
    }
  }
}

/** About how many terms a passage's vector holds: the cost of merging one candidate. */
const MEAN_TERMS = 12

/** The dot product of `x` from its term `from` on with all of `y`: both ids ascending. */
function suffixDot(x: SparseVector, from: number, y: SparseVector): number {
  let dot = 0
  for (let i = from, j = 0; i < x.ids.length && j < y.ids.length;) {
    const [a, b] = [x.ids[i]!, y.ids[j]!]
    if (a === b) dot += x.weights[i++]! * y.weights[j++]!
    else if (a < b) i++
    else j++
  }
  return dot
}

/**
 * The join. The prefix of a left document is its rarest terms up to where the rest could add no more
 * than the threshold even at the right side's largest weight for each term (All-Pairs' bound); a right
 * document becomes a candidate only through a prefix term. Each candidate's cosine is then finished
 * with the left suffix, from the suffix's posting lists or by merging vectors, whichever reads less:
 * the suffix holds the commonest terms, and in a long transcript their lists are as long as the text.
 */
function forEachSimilarPair(
  left: readonly SparseVector[],
  right: readonly SparseVector[],
  minCosine: number,
  found: (i: number, j: number, cosine: number) => void,
): void {
  let terms = 0
  for (const v of [...left, ...right]) {
    if (v.ids.length) terms = Math.max(terms, v.ids[v.ids.length - 1]! + 1)
  }
  const { start, doc, weight } = indexOf(right, terms)
  const maxWeight = new Float64Array(terms)
  for (let t = 0; t < terms; t++) {
    for (let at = start[t]!; at < start[t + 1]!; at++) {
      if (weight[at]! > maxWeight[t]!) maxWeight[t] = weight[at]!
    }
  }
  const acc = new Float64Array(right.length)
  const owner = new Int32Array(right.length).fill(-1)
  const touched: number[] = []
  left.forEach((v, i) => {
    let prefix = v.ids.length
    for (let bound = 0; prefix > 0; prefix--) {
      const id = v.ids[prefix - 1]!
      bound += v.weights[prefix - 1]! * (id < terms ? maxWeight[id]! : 0)
      if (bound >= minCosine) break
    }
    for (let k = 0; k < prefix; k++) {
      const id = v.ids[k]!
      if (id >= terms) continue
      const w = v.weights[k]!
      for (let at = start[id]!; at < start[id + 1]!; at++) {
        const j = doc[at]!
        if (owner[j] !== i) {
          owner[j] = i
          acc[j] = 0
          touched.push(j)
        }
        acc[j]! += w * weight[at]!
      }
    }
    // The suffix's share: added from its posting lists, or by merging each candidate's vector,
    // whichever reads fewer entries (a transcript's common words have posting lists as long as it).
    let scan = 0
    for (let k = prefix; k < v.ids.length; k++) {
      const id = v.ids[k]!
      if (id < terms) scan += start[id + 1]! - start[id]!
    }
    if (scan <= touched.length * (v.ids.length - prefix + MEAN_TERMS)) {
      for (let k = prefix; k < v.ids.length; k++) {
        const id = v.ids[k]!
        if (id >= terms) continue
        const w = v.weights[k]!
        for (let at = start[id]!; at < start[id + 1]!; at++) {
          const j = doc[at]!
          if (owner[j] === i) acc[j]! += w * weight[at]!
        }
      }
    } else {
      for (const j of touched) acc[j]! += suffixDot(v, prefix, right[j]!)
    }
    for (const j of touched) if (acc[j]! >= minCosine) found(i, j, acc[j]!)
    touched.length = 0
  })
}
