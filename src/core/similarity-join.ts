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
import { BestOf } from './best-of'
import type { SparseVector } from './term-space'

export interface SimilarPair {
  i: number
  j: number
  cosine: number
}

/** The right side's inverted index, flat: for term id t, entries `start[t]` to `start[t + 1]` of
 * `doc`/`weight` list the vectors that use it and its weight there. */
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
 * its exact cosine. A right vector becomes a candidate only through a term of the left one's prefix;
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
 * The pairs of `similarPairs` that are among the `k` best of their left vector or of their right
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
  // Each pair once: the left vectors' best, then those of the right vectors' best that no left
  // vector kept (a pair kept by both has the same cosine either way).
  const kept: SimilarPair[] = []
  byLeft.each((i, j, cosine) => kept.push({ i, j, cosine }))
  byRight.each((j, i, cosine) => {
    if (!byLeft.holds(i, j)) kept.push({ i, j, cosine })
  })
  return kept
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
  const anchored = bestPairs(left, right, anchor, k)
  const pairedLeft = new Uint8Array(left.length)
  const pairedRight = new Uint8Array(right.length)
  for (const p of anchored) pairedLeft[p.i] = pairedRight[p.j] = 1
  const freeLeft = left.map((_, i) => i).filter((i) => !pairedLeft[i])
  const freeRight = right.map((_, j) => j).filter((j) => !pairedRight[j])
  // The second pass's pairs have a free passage on one side, so none was anchored; a pair of two
  // free passages is found from both sides, and takes the cosine found from the right.
  const kept = anchored
  const second = new Map<number, number>()
  const keep = (p: SimilarPair) => {
    const key = p.i * right.length + p.j
    const at = second.get(key)
    if (at === undefined) {
      second.set(key, kept.length)
      kept.push(p)
    } else {
      kept[at] = p
    }
  }
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
  return kept
}

/**
 * The same over vectors of several accounts at once (`groups[i]` is vector i's account): the
 * pairs of different accounts, each among the `k` best of one of its two vectors. One join over
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
 * The join. The prefix of a left vector is its rarest terms up to where the rest could add no more
 * than the threshold even at the right side's largest weight for each term (All-Pairs' bound); a right
 * vector becomes a candidate only through a prefix term. Each candidate's cosine is then finished
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
  for (const side of [left, right]) {
    for (const v of side) if (v.ids.length) terms = Math.max(terms, v.ids[v.ids.length - 1]! + 1)
  }
  const { start, doc, weight } = indexOf(right, terms)
  const maxWeight = new Float64Array(terms)
  for (let t = 0; t < terms; t++) {
    for (let at = start[t]!; at < start[t + 1]!; at++) {
      if (weight[at]! > maxWeight[t]!) maxWeight[t] = weight[at]!
    }
  }
  // The current left vector's partial cosine with each right one, meaningful only where `owner`
  // says that right vector is its candidate (set to 0 when it becomes one).
  const acc = new Float64Array(right.length)
  const owner = new Int32Array(right.length).fill(-1)
  // The candidates of the current left vector, `touched[0]` to `touched[count - 1]`: a typed array
  // of the right side's size, as a long transcript's common words make thousands per vector.
  const touched = new Int32Array(right.length)
  for (let i = 0; i < left.length; i++) {
    const { ids, weights } = left[i]!
    let prefix = ids.length
    for (let bound = 0; prefix > 0; prefix--) {
      const id = ids[prefix - 1]!
      bound += weights[prefix - 1]! * (id < terms ? maxWeight[id]! : 0)
      if (bound >= minCosine) break
    }
    let count = 0
    for (let k = 0; k < prefix; k++) {
      const id = ids[k]!
      if (id >= terms) continue
      const w = weights[k]!
      for (let at = start[id]!, end = start[id + 1]!; at < end; at++) {
        const j = doc[at]!
        if (owner[j] !== i) {
          owner[j] = i
          acc[j] = 0
          touched[count++] = j
        }
        acc[j]! += w * weight[at]!
      }
    }
    // The suffix's share: added from its posting lists, or by merging each candidate's vector,
    // whichever reads fewer entries (a transcript's common words have posting lists as long as it).
    let scan = 0
    for (let k = prefix; k < ids.length; k++) {
      const id = ids[k]!
      if (id < terms) scan += start[id + 1]! - start[id]!
    }
    if (scan <= count * (ids.length - prefix + MEAN_TERMS)) {
      // Added to every vector on the lists, candidate or not, without asking which: a vector
      // that is no candidate has its sum reset when a later prefix first touches it, and the test
      // cost more than the addition (these lists are the longest the join reads).
      for (let k = prefix; k < ids.length; k++) {
        const id = ids[k]!
        if (id >= terms) continue
        const w = weights[k]!
        for (let at = start[id]!, end = start[id + 1]!; at < end; at++) {
          acc[doc[at]!]! += w * weight[at]!
        }
      }
    } else {
      for (let c = 0; c < count; c++) {
        const j = touched[c]!
        acc[j]! += suffixDot(left[i]!, prefix, right[j]!)
      }
    }
    for (let c = 0; c < count; c++) {
      const j = touched[c]!
      if (acc[j]! >= minCosine) found(i, j, acc[j]!)
    }
  }
}
