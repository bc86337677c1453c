/**
 * Sentence alignment across two accounts that tell things in different orders:
 * TF-IDF cosine plus a topic bonus, greedy max-weight 1:1 matching (non-monotone), then 1:N
 * secondary links for sentences left over that clearly answer one already matched.
 */
import { buildIdf, sparseCosines, vectorize } from './similarity'

export interface AlignInput {
  terms: string[]
  /** Topic ids carried by the sentence. */
  topics: string[]
  /** Claim families of the sentence's lens claims (e.g. 'progress'), for the lens bonus. */
  lensClaims: string[]
}

export interface Link {
  a: number
  b: number
  score: number
  cosine: number
  primary: boolean
}

export interface AlignOptions {
  /** Minimum score for a 1:1 match. */
  threshold: number
  /** Minimum score for a sentence left over to join a match as a secondary link. */
  secondaryThreshold: number
  /** Added when the two sentences share a topic. */
  topicBonus: number
  /** Added when they also both carry the claim that topic's lens asks about. */
  lensBonus: number
  /** A shared word used by at most this many sentences (or this share of them) anchors a pair. */
  anchorDf: number
  anchorShare: number
  /** Topic buckets larger than this are not paired exhaustively (keeps long texts near-linear). */
  maxBucket: number
}

export const DEFAULT_ALIGN: AlignOptions = {
  threshold: 0.2,
  secondaryThreshold: 0.22,
  topicBonus: 0.08,
  lensBonus: 0.15,
  maxBucket: 64,
  anchorDf: 4,
  anchorShare: 0.1,
}

function shared(x: readonly string[], y: readonly string[]): boolean {
  return x.some((v) => y.includes(v))
}

/** Candidate pairs with their scores: pairs sharing a term, plus pairs sharing a (small) topic bucket. */
function scorePairs(a: readonly AlignInput[], b: readonly AlignInput[], o: AlignOptions): Link[] {
  const idf = buildIdf([...a, ...b].map((s) => s.terms))
  const { cosine: cos, anchor } = sparseCosines(
    a.map((s) => vectorize(s.terms, idf)),
    b.map((s) => vectorize(s.terms, idf)),
    idf,
  )
  // A pair is only evidence when it shares at least one specific word: one that few sentences
  // use. Two passages that share only "Russia" and "agreed" are not about the same thing.
  const n = a.length + b.length
  const specific = Math.log((n + 1) / (Math.max(o.anchorDf, o.anchorShare * n) + 1)) + 1
  const stride = b.length
  const keys = new Set(cos.keys())
  const bucket = new Map<string, number[]>()
  b.forEach((s, j) => {
    for (const t of s.topics) {
      const list = bucket.get(t)
      if (list) list.push(j)
      else bucket.set(t, [j])
    }
  })
  a.forEach((s, i) => {
    for (const t of s.topics) {
      const js = bucket.get(t) ?? []
      if (js.length <= o.maxBucket) for (const j of js) keys.add(i * stride + j)
    }
  })
  const links: Link[] = []
  for (const key of keys) {
    const i = Math.floor(key / stride)
    const j = key % stride
    const x = a[i]!
    const y = b[j]!
    const anchored = (anchor.get(key) ?? 0) >= specific - 1e-9
    const cosine = anchored ? (cos.get(key) ?? 0) : 0
    let score = cosine
    // Topic and lens agreement strengthen lexical evidence; alone, they would pair every two
    // passages that mention the war.
    if (cosine > 0 && shared(x.topics, y.topics)) {
      score += o.topicBonus
      if (shared(x.lensClaims, y.lensClaims)) score += o.lensBonus
    }
    links.push({ a: i, b: j, score, cosine, primary: true })
  }
  return links.sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b)
}

export function alignSentences(
  a: readonly AlignInput[],
  b: readonly AlignInput[],
  options: Partial<AlignOptions> = {},
): Link[] {
  const o = { ...DEFAULT_ALIGN, ...options }
  const candidates = scorePairs(a, b, o)
  const usedA = new Set<number>()
  const usedB = new Set<number>()
  const links: Link[] = []
  for (const c of candidates) {
    if (c.score < o.threshold) break
    if (usedA.has(c.a) || usedB.has(c.b)) continue
    usedA.add(c.a)
    usedB.add(c.b)
    links.push(c)
  }
  // A sentence left over joins the match it answers best (1:N), but never another leftover:
  // secondaries hang off primaries, so clusters stay small.
  const secondaryA = new Set<number>()
  const secondaryB = new Set<number>()
  for (const c of candidates) {
    if (c.score < o.secondaryThreshold) break
    if (!usedA.has(c.a) && usedB.has(c.b) && !secondaryA.has(c.a)) {
      secondaryA.add(c.a)
      links.push({ ...c, primary: false })
    } else if (!usedB.has(c.b) && usedA.has(c.a) && !secondaryB.has(c.b)) {
      secondaryB.add(c.b)
      links.push({ ...c, primary: false })
    }
  }
  return links
}

/** Primary links out of the order both accounts otherwise share (not on a longest increasing run). */
export function findMoved(links: readonly Link[]): Set<Link> {
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
