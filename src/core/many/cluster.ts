/**
 * Clusters the passages of several accounts into claims told across them: one join over all the texts
 * finds the pairs of passages of different accounts that share words (similarity-join.ts), the clash
 * rules find those whose claims oppose each other (clash.ts); then pairs are merged strongest first,
 * as long as a cluster holds at most one passage per account (a passage left over joins the cluster
 * of its best partner as a second passage of its account, as two-account alignment's secondaries do).
 * Clashes merge first: two accounts that oppose each other on a claim are telling the same claim.
 */
import { contentTerms } from '../annotate'
import { DEFAULT_ALIGN } from '../align'
import { clashBetween, clashKeys, isWordKey, type Clash, type ClaimView } from '../clash'
import { SUBJECT_STEMS } from '../lexicons'
import type { Passage } from '../passage'
import { bestPairsAcross } from '../similarity-join'
import { termSpace } from '../term-space'

export interface Edge {
  x: Passage
  y: Passage
  score: number
  cosine: number
  clash: Clash | null
}

export interface Cluster {
  /** Its passages, the first of each account the one it was merged on. */
  members: Passage[]
  /** The pairs inside it: how each two of its passages relate. */
  edges: Edge[]
}

/** Past this many passages a key says too little to compare each pair (as in claim-links.ts). */
const MAX_BUCKET = 40
const MAX_WORD_BUCKET = 12
/** A passage joins a cluster as a second passage of its account from this score up. */
const SECONDARY_SCORE = DEFAULT_ALIGN.secondaryThreshold

const shared = (x: readonly string[], y: readonly string[]) => x.some((v) => y.includes(v))
const view = (s: Passage): ClaimView => ({
  text: s.text,
  annotation: s.annotation,
  topics: s.topics,
})

/** Pairs of passages of different accounts that share words, scored as two-account alignment does. */
function wordEdges(all: readonly Passage[], names: ReadonlySet<string>): Edge[] {
  const terms = all.map((s) => contentTerms(s.annotation.tokens, names))
  const subjects = all.map((s) =>
    s.annotation.tokens.filter((t) => SUBJECT_STEMS.has(t.stem)).map((t) => t.term),
  )
  const { vectors } = termSpace(terms)
  const groups = all.map((s) => s.side.charCodeAt(0))
  const o = DEFAULT_ALIGN
  return bestPairsAcross(vectors, groups, o.candidateCosine, o.candidatesPerPassage).map(
    ({ i, j, cosine }) => {
      const [x, y] = [all[i]!, all[j]!]
      let score = cosine
      if (shared(x.topics, y.topics)) score += o.topicBonus
      if (shared(subjects[i]!, subjects[j]!)) score += o.subjectBonus
      return { x, y, score, cosine, clash: null }
    },
  )
}

/** Pairs of passages of different accounts whose claims clash, found through what they could clash over. */
function clashEdges(all: readonly Passage[]): Edge[] {
  const buckets = new Map<string, Passage[]>()
  for (const s of all) {
    for (const key of clashKeys(view(s))) {
      const list = buckets.get(key)
      if (list) list.push(s)
      else buckets.set(key, [s])
    }
  }
  const seen = new Set<string>()
  const edges: Edge[] = []
  for (const [key, list] of buckets) {
    if (list.length > (isWordKey(key) ? MAX_WORD_BUCKET : MAX_BUCKET)) continue
    for (let p = 0; p < list.length; p++) {
      for (let q = p + 1; q < list.length; q++) {
        const [x, y] = [list[p]!, list[q]!]
        if (x.side === y.side || seen.has(`${x.id}:${y.id}`)) continue
        seen.add(`${x.id}:${y.id}`)
        const clash = clashBetween(view(x), view(y))
        if (clash) edges.push({ x, y, score: 1 + clash.strength, cosine: 0, clash })
      }
    }
  }
  return edges
}

/** Union–find over passages, each cluster remembering which accounts it holds. */
class Clusters {
  private readonly parent = new Map<Passage, Passage>()
  private readonly accounts = new Map<Passage, Set<string>>()
  private readonly edges = new Map<Passage, Edge[]>()

  root(s: Passage): Passage {
    let r = s
    while (this.parent.get(r) && this.parent.get(r) !== r) r = this.parent.get(r)!
    return r
  }

  accountsOf(s: Passage): Set<string> {
    const r = this.root(s)
    if (!this.accounts.has(r)) this.accounts.set(r, new Set([r.side]))
    return this.accounts.get(r)!
  }

  /** Joins the clusters of an edge's passages when no account would then tell it twice. */
  merge(edge: Edge): boolean {
    const [rx, ry] = [this.root(edge.x), this.root(edge.y)]
    if (rx === ry) {
      this.edgesOf(rx).push(edge)
      return true
    }
    const [ax, ay] = [this.accountsOf(rx), this.accountsOf(ry)]
    for (const a of ay) if (ax.has(a)) return false
    this.parent.set(ry, rx)
    for (const a of ay) ax.add(a)
    this.edgesOf(rx).push(...this.edgesOf(ry), edge)
    return true
  }

  /** Adds a passage to the cluster of `partner` as a further passage of its account. */
  attach(s: Passage, edge: Edge): void {
    const r = this.root(edge.x === s ? edge.y : edge.x)
    this.parent.set(s, r)
    this.edgesOf(r).push(edge)
  }

  edgesOf(root: Passage): Edge[] {
    if (!this.edges.has(root)) this.edges.set(root, [])
    return this.edges.get(root)!
  }

  isAlone(s: Passage): boolean {
    return this.root(s) === s && this.edgesOf(s).length === 0
  }
}

/** The clusters of claims told by two accounts or more, strongest evidence first in each. */
export function clusterPassages(
  accounts: readonly (readonly Passage[])[],
  names: ReadonlySet<string>,
): Cluster[] {
  const all = accounts.flat()
  const edges = [...clashEdges(all), ...wordEdges(all, names)].sort((p, q) => q.score - p.score)
  const clusters = new Clusters()
  const left: Edge[] = []
  for (const e of edges) {
    if (!e.clash && e.score < DEFAULT_ALIGN.threshold) continue
    if (!clusters.merge(e)) left.push(e)
  }
  // A passage no cluster took joins its best partner's cluster as its account's second passage.
  for (const e of left) {
    if (e.score < SECONDARY_SCORE) continue
    if (clusters.isAlone(e.x)) clusters.attach(e.x, e)
    else if (clusters.isAlone(e.y)) clusters.attach(e.y, e)
  }
  const byRoot = new Map<Passage, Passage[]>()
  for (const s of all) {
    const r = clusters.root(s)
    const list = byRoot.get(r)
    if (list) list.push(s)
    else byRoot.set(r, [s])
  }
  return [...byRoot]
    .filter(([, members]) => new Set(members.map((m) => m.side)).size > 1)
    .map(([root, members]) => ({ members, edges: clusters.edgesOf(root) }))
}
