/**
 * What each claim cluster says about how the accounts diverge: one account alone, a clash between two
 * (who against whom), a split (two alike, one otherwise), told differently by all, or told by some
 * while the others say nothing. Passages in no cluster make runs told by one account only.
 */
import { isolateBidi } from '../bidi-isolate'
import { CLASH_LEAD } from '../clash'
import type { Passage } from '../passage'
import type { AccountKey } from '../types'
import type { Cluster, Edge } from './cluster'
import type { ManyDivergenceKind } from './types'

/** Two passages this alike tell a claim the same way; this unlike, differently. */
const ALIKE = 0.5
const UNLIKE = 0.35
const MAX_PER_ACCOUNT = 3

export interface ClusterReading {
  kind: ManyDivergenceKind
  /** Passages per account that tells it. */
  byAccount: Map<AccountKey, Passage[]>
  against: AccountKey[]
  /** The strongest clash inside the cluster, if any. */
  clash: Edge | null
}

function byAccountOf(members: readonly Passage[]): Map<AccountKey, Passage[]> {
  const out = new Map<AccountKey, Passage[]>()
  for (const s of members) {
    const list = out.get(s.side) ?? []
    if (list.length < MAX_PER_ACCOUNT) list.push(s)
    out.set(s.side, list)
  }
  return out
}

/** Highest word cosine between two accounts' passages in the cluster. */
function closeness(edges: readonly Edge[], x: AccountKey, y: AccountKey): number {
  let best = 0
  for (const e of edges) {
    const pair = [e.x.side, e.y.side]
    if (pair.includes(x) && pair.includes(y) && x !== y) best = Math.max(best, e.cosine)
  }
  return best
}

/** True when the passage an account is quoted by negates what it tells ("no talks are scheduled"):
 * a "not" in another of its passages on the claim says nothing about this one. */
const negates = (passages: readonly Passage[]) => passages[0]!.annotation.negates

/** The account every clash of the cluster involves, when there is one and more than one clash. */
function oddOneOut(clashes: readonly Edge[]): AccountKey | null {
  const [first] = clashes
  if (!first || clashes.length < 2) return null
  for (const candidate of [first.x.side, first.y.side]) {
    if (clashes.every((e) => e.x.side === candidate || e.y.side === candidate)) return candidate
  }
  return null
}

/** Puts each passage of the clash first in its account's list: what is quoted for an account that
 * clashes must be its clashing words, not another passage of the cluster that agrees. */
function clashFirst(byAccount: Map<AccountKey, Passage[]>, clash: Edge): void {
  for (const s of [clash.x, clash.y]) {
    const list = byAccount.get(s.side)
    if (!list) continue
    byAccount.set(s.side, [s, ...list.filter((p) => p !== s)].slice(0, MAX_PER_ACCOUNT))
  }
}

export function readCluster(cluster: Cluster, all: readonly AccountKey[]): ClusterReading {
  const byAccount = byAccountOf(cluster.members)
  const present = [...byAccount.keys()]
  const clashes = cluster.edges
    .filter((e) => e.clash)
    .sort((p, q) => q.clash!.strength - p.clash!.strength)
  const clash = clashes[0] ?? null
  if (clash) clashFirst(byAccount, clash)
  const odd = oddOneOut(clashes)
  if (odd && present.length >= 3) return { kind: 'split', byAccount, against: [odd], clash }
  if (clash) return { kind: 'clash', byAccount, against: [clash.x.side, clash.y.side], clash }
  if (present.length < all.length) return { kind: 'silent', byAccount, against: [], clash }
  if (present.length >= 3) {
    // Two alike and one unlike both: a split by wording, or by negation when the odd one says much
    // the same words with a "no" the others lack ("talks will resume" against "no talks are scheduled").
    const negated = new Map(present.map((k) => [k, negates(byAccount.get(k)!)]))
    for (const odd of present) {
      const rest = present.filter((k) => k !== odd)
      const alike = rest.every((x, i) =>
        rest
          .slice(i + 1)
          .every(
            (y) => closeness(cluster.edges, x, y) >= ALIKE && negated.get(x) === negated.get(y),
          ),
      )
      const unlike = rest.every(
        (x) => closeness(cluster.edges, x, odd) < UNLIKE || negated.get(x) !== negated.get(odd),
      )
      if (alike && unlike) return { kind: 'split', byAccount, against: [odd], clash }
    }
  }
  return { kind: 'differs', byAccount, against: [], clash }
}

type Labels = ReadonlyMap<AccountKey, string>

const name = (labels: Labels, key: AccountKey) => isolateBidi(labels.get(key) ?? key)
const list = (labels: Labels, keys: readonly AccountKey[]) =>
  keys.map((k) => name(labels, k)).join(keys.length === 2 ? ' and ' : ', ')

/** Why the accounts diverge on a cluster, in one plain sentence naming them and their words. */
export function reasonOf(
  reading: ClusterReading,
  labels: Labels,
  silent: readonly AccountKey[],
  quoteOf: (key: AccountKey) => string,
): string {
  const silence = silent.length ? ` Nothing on it in ${list(labels, silent)}.` : ''
  const quoted = (key: AccountKey) => `${name(labels, key)}: “${isolateBidi(quoteOf(key))}”`
  const { clash, against } = reading
  switch (reading.kind) {
    case 'clash': {
      // The clash's words are the first passage's (x) and the second's (y), as clashBetween read them.
      const { x, y, clash: why } = clash!
      const [nx, ny] = [name(labels, x.side), name(labels, y.side)]
      return `${CLASH_LEAD[why!.rule]}, ${nx} against ${ny}. ${nx}: “${isolateBidi(why!.a)}” — ${ny}: “${isolateBidi(why!.b)}”.${silence}`
    }
    case 'split': {
      const odd = against[0]!
      const rest = [...reading.byAccount.keys()].filter((k) => k !== odd)
      const why = clash ? `${CLASH_LEAD[clash.clash!.rule]}: ` : ''
      // Where a clash makes the split, the odd account is quoted by its clashing words (compare-many).
      return `${why}${list(labels, rest)} tell it alike; ${name(labels, odd)} otherwise. ${quoted(odd)}.${silence}`
    }
    case 'silent':
      return `Told by ${list(labels, [...reading.byAccount.keys()])}.${silence}`
    case 'differs':
      return `Told differently by each: ${[...reading.byAccount.keys()].map(quoted).join(' — ')}.`
    case 'only':
      return `Only in ${list(labels, [...reading.byAccount.keys()])}.${silence}`
  }
}
