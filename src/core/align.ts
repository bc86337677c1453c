/**
 * Passage alignment across two accounts that tell things in different orders:
 * TF-IDF cosine plus a topic bonus, greedy max-weight 1:1 matching (non-monotone), then 1:N
 * secondary links for passages left over that clearly answer one already matched.
 */
import { anchoredBestPairs } from './similarity-join'
import { sparseCosine, termSpace } from './term-space'

export interface AlignInput {
  terms: string[]
  /** Topic ids carried by the passage. */
  topics: string[]
  /** Claim families of the passage's lens claims (e.g. 'progress'), for the lens bonus. */
  lensClaims: string[]
  /** Terms of the words that name a subject (topic-lexicon words such as "energy", "Iran"). */
  subjects: string[]
}

export interface Pairing {
  a: number
  b: number
  score: number
  cosine: number
  primary: boolean
  /** True when the reader made this link by hand. */
  byReader: boolean
}

/** The reader's corrections, as passage index pairs [a, b]. */
export interface ReaderPairs {
  /** Always linked, before anything the aligner finds. */
  linked: readonly (readonly [number, number])[]
  /** Never linked, whatever their score. A pair both linked and unlinked is linked. */
  unlinked: readonly (readonly [number, number])[]
}

export const NO_READER_PAIRS: ReaderPairs = { linked: [], unlinked: [] }

const pairKey = (a: number, b: number) => `${a}:${b}`

export interface AlignOptions {
  /** Minimum score for a 1:1 match. */
  threshold: number
  /** Minimum score for a sentence left over to join a match as a secondary link. */
  secondaryThreshold: number
  /** A 1:1 partner must score at least this share of each passage's best: a passage whose best
   * partner a closer match took joins that match as a secondary instead of pairing with a far weaker
   * one ("peace on the border" does not pair with "a successful meeting last year" because the other
   * border passage was taken). */
  partnerShare: number
  /** Added when the two passages share a topic. */
  topicBonus: number
  /** Added when they also both carry the claim that topic's lens asks about. */
  lensBonus: number
  /** Added when they share a word that names a subject. */
  subjectBonus: number
  /** The cosine a pair needs to be a candidate at all: every pair at or above it is found
   * (similarity-join.ts), and topic, lens and subject bonuses only strengthen what the words show. */
  candidateCosine: number
  /** A partner this close settles a passage: only passages without one look for partners down to
   * `candidateCosine` (similarity-join.ts `anchoredBestPairs`). */
  anchorCosine: number
  /** Each passage's best candidates kept for matching: it takes one partner and perhaps a few that
   * hang off it, so its eight best are all matching can use. */
  candidatesPerPassage: number
}

export const DEFAULT_ALIGN: AlignOptions = {
  threshold: 0.2,
  secondaryThreshold: 0.22,
  partnerShare: 0.75,
  topicBonus: 0.08,
  lensBonus: 0.1,
  subjectBonus: 0.05,
  candidateCosine: 0.05,
  anchorCosine: 0.3,
  candidatesPerPassage: 8,
}

/** Each passage's values of one field (its topics, say) as numbers, ascending: the same value has the
 * same number in every passage, so two passages share a value when their lists meet. */
function numbered(lists: readonly (readonly string[])[]): number[][] {
  const number = new Map<string, number>()
  return lists.map((values) => {
    const ids: number[] = []
    for (let k = 0; k < values.length; k++) {
      let id = number.get(values[k]!)
      if (id === undefined) number.set(values[k]!, (id = number.size))
      ids.push(id)
    }
    return ids.length > 1 ? ids.sort((p, q) => p - q) : ids
  })
}

/** Whether two ascending lists of numbers share one. */
function shared(x: readonly number[], y: readonly number[]): boolean {
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    if (x[i] === y[j]) return true
    if (x[i]! < y[j]!) i++
    else j++
  }
  return false
}

/** Higher score first, then by passage indices. Signs only, never the difference of two scores: a
 * comparison that returns a fraction makes a number object on every call, and sorting a long
 * text's candidates makes millions of calls. */
function bestFirst(p: Pairing, q: Pairing): number {
  if (p.score !== q.score) return p.score > q.score ? -1 : 1
  return p.a - q.a || p.b - q.b
}

/** Candidate pairs with their scores: every pair whose words reach the candidate cosine, plus a bonus
 * when they share a topic and the claim its lens asks about. */
function scorePairs(a: readonly AlignInput[], b: readonly AlignInput[], o: AlignOptions) {
  const both = [...a, ...b]
  const { vectors: all } = termSpace(both.map((s) => s.terms))
  const vectors = { a: all.slice(0, a.length), b: all.slice(a.length) }
  const pairs = anchoredBestPairs(
    vectors.a,
    vectors.b,
    o.candidateCosine,
    o.anchorCosine,
    o.candidatesPerPassage,
  )
  // Matching reads the candidates best first and stops at the first below its thresholds: only those
  // above the lower one become candidates, and only they are sorted (a long text has tens of
  // thousands of weak pairs).
  const floor = Math.min(o.threshold, o.secondaryThreshold)
  const usable: Pairing[] = []
  // The fields the bonuses compare, as numbers: every candidate pair asks about them.
  const topics = numbered(both.map((s) => s.topics))
  const lensClaims = numbered(both.map((s) => s.lensClaims))
  const subjects = numbered(both.map((s) => s.subjects))
  for (let k = 0; k < pairs.length; k++) {
    const { i, j, cosine } = pairs[k]!
    // b's passages follow a's in the numbered lists.
    const y = a.length + j
    let score = cosine
    // Topic and lens agreement strengthen lexical evidence; they never create it.
    if (shared(topics[i]!, topics[y]!)) {
      score += o.topicBonus
      if (shared(lensClaims[i]!, lensClaims[y]!)) score += o.lensBonus
    }
    // Sharing the word that names the subject ("energy") says more than sharing "work" or "complete".
    if (shared(subjects[i]!, subjects[y]!)) score += o.subjectBonus
    if (score >= floor) usable.push({ a: i, b: j, score, cosine, primary: true, byReader: false })
  }
  usable.sort(bestFirst)
  const cosineOf = (i: number, j: number) => sparseCosine(vectors.a[i]!, vectors.b[j]!)
  return { candidates: usable, cosineOf }
}

/** The reader's links, matched first: 1:1 where both passages are still free, else as secondaries
 * (a reader who links one passage to two means both). */
function readerPairings(
  reader: ReaderPairs,
  cosineOf: (i: number, j: number) => number,
): Pairing[] {
  const seen = new Set<string>()
  const usedA = new Set<number>()
  const usedB = new Set<number>()
  const links: Pairing[] = []
  for (const [i, j] of reader.linked) {
    if (seen.has(pairKey(i, j))) continue
    seen.add(pairKey(i, j))
    const primary = !usedA.has(i) && !usedB.has(j)
    usedA.add(i)
    usedB.add(j)
    links.push({ a: i, b: j, score: 1, cosine: cosineOf(i, j), primary, byReader: true })
  }
  return links
}

export function alignPassages(
  a: readonly AlignInput[],
  b: readonly AlignInput[],
  options: Partial<AlignOptions> = {},
  reader: ReaderPairs = NO_READER_PAIRS,
): Pairing[] {
  const o = { ...DEFAULT_ALIGN, ...options }
  const scored = scorePairs(a, b, o)
  const links = readerPairings(reader, scored.cosineOf)
  // Flags and best scores by passage index, not sets and maps: a long text has a hundred thousand
  // candidates, each asked about both of its passages.
  const usedA = new Uint8Array(a.length)
  const usedB = new Uint8Array(b.length)
  for (const l of links) usedA[l.a] = usedB[l.b] = 1
  const barred = new Set(reader.unlinked.map(([i, j]) => pairKey(i, j)))
  const candidates = barred.size
    ? scored.candidates.filter((c) => !barred.has(pairKey(c.a, c.b)))
    : scored.candidates
  // Each passage's best score (candidates come best first; -1 until one is seen): a partner far
  // below it is a poor second choice, made only because the best one was taken.
  const bestA = new Float64Array(a.length).fill(-1)
  const bestB = new Float64Array(b.length).fill(-1)
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!
    if (bestA[c.a]! < 0) bestA[c.a] = c.score
    if (bestB[c.b]! < 0) bestB[c.b] = c.score
  }
  const settles = (c: Pairing) =>
    c.score >= o.partnerShare * bestA[c.a]! && c.score >= o.partnerShare * bestB[c.b]!
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!
    if (c.score < o.threshold) break
    if (usedA[c.a] || usedB[c.b] || !settles(c)) continue
    usedA[c.a] = usedB[c.b] = 1
    links.push(c)
  }
  // A sentence left over joins the match it answers best (1:N), but never another leftover:
  // secondaries hang off primaries, so clusters stay small.
  const secondaryA = new Uint8Array(a.length)
  const secondaryB = new Uint8Array(b.length)
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!
    if (c.score < o.secondaryThreshold) break
    if (!usedA[c.a] && usedB[c.b] && !secondaryA[c.a]) {
      secondaryA[c.a] = 1
      links.push({ ...c, primary: false })
    } else if (!usedB[c.b] && usedA[c.a] && !secondaryB[c.b]) {
      secondaryB[c.b] = 1
      links.push({ ...c, primary: false })
    }
  }
  return links
}

/** Primary links out of the order both accounts otherwise share (not on a longest increasing run). */
export function findMoved(links: readonly Pairing[]): Set<Pairing> {
  const primaries = links.filter((l) => l.primary).sort((p, q) => p.a - q.a)
  // Patience sorting for the longest increasing subsequence of b indices.
  const tails: number[] = []
  const prev: number[] = new Array(primaries.length).fill(-1)
  primaries.forEach((l, k) => {
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (primaries[tails[mid]!]!.b < l.b) lo = mid + 1
      else hi = mid
    }
    if (lo > 0) prev[k] = tails[lo - 1]!
    tails[lo] = k
  })
  const inOrder = new Set<number>()
  for (let k = tails[tails.length - 1] ?? -1; k >= 0; k = prev[k]!) inOrder.add(k)
  return new Set(primaries.filter((_, k) => !inOrder.has(k)))
}
