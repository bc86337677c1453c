/**
 * Pairs passages by what they claim, not by the words they share: two accounts' claims of the same
 * kind on the same subject are compared even when no word is common to them ("on the same page" /
 * "I'm not happy"). Passages are indexed by what they could clash over (clash.ts `clashKeys`), so the
 * cost follows the claims two accounts share rather than n × m.
 */
import { clashBetween, clashKeys, isWordKey, type Clash } from './clash'
import { ANY_SUBJECT_KINDS } from './lexicons'
import type { Passage } from './passage'

export interface ClaimLink {
  a: number
  b: number
  clash: Clash | null
}

/** Past this many passages a side, a key (say, every passage that assesses the talks in a long
 * transcript) says too little to compare each pair. */
const MAX_BUCKET = 40
/** A content word shared by more passages than this is too common to say they are on one subject. */
const MAX_WORD_BUCKET = 12

const bucketCap = (key: string) => (isWordKey(key) ? MAX_WORD_BUCKET : MAX_BUCKET)
/** A passage takes part in at most this many clashes: the strongest ones. */
const MAX_CLASHES_PER_PASSAGE = 2

/** Passages are compared as they stand: a passage is a ClaimView (its text, annotation and topics). */
function bucketsOf(passages: readonly Passage[]): Map<string, Passage[]> {
  const buckets = new Map<string, Passage[]>()
  for (const s of passages) {
    for (const key of clashKeys(s)) {
      const list = buckets.get(key)
      if (list) list.push(s)
      else buckets.set(key, [s])
    }
  }
  return buckets
}

/** Every pair of passages whose claims clash, strongest first, each passage in at most two. */
export function findClashes(a: readonly Passage[], b: readonly Passage[]): ClaimLink[] {
  const right = bucketsOf(b)
  const found: ClaimLink[] = []
  // Which passage of `a` last met each passage of `b` (its position + 1): one map for the whole
  // search rather than a set of those met per passage.
  const metBy = new Map<number, number>()
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!
    for (const key of clashKeys(x)) {
      const ys = right.get(key)
      if (!ys || ys.length > bucketCap(key)) continue
      for (const y of ys) {
        if (metBy.get(y.index) === i + 1) continue
        metBy.set(y.index, i + 1)
        const clash = clashBetween(x, y)
        if (clash) found.push({ a: x.index, b: y.index, clash })
      }
    }
  }
  found.sort((p, q) => q.clash!.strength - p.clash!.strength || p.a - q.a || p.b - q.b)
  const uses = { a: new Map<number, number>(), b: new Map<number, number>() }
  return found.filter((l) => {
    const [ua, ub] = [uses.a.get(l.a) ?? 0, uses.b.get(l.b) ?? 0]
    if (ua >= MAX_CLASHES_PER_PASSAGE || ub >= MAX_CLASHES_PER_PASSAGE) return false
    uses.a.set(l.a, ua + 1)
    uses.b.set(l.b, ub + 1)
    return true
  })
}

/** Only the talk itself: a passage that says when, how long or how the talks were held, and nothing
 * else worth comparing ("spoke today for about an hour" / "it was a pretty long call"). */
function onlyAboutTheTalk(s: Passage): boolean {
  return (
    s.annotation.noise.has('process') &&
    !s.annotation.claims.some((c) => c.kind !== 'process' && c.kind !== 'protocol')
  )
}

/** A passage no word paired that only tells of the talk itself pairs with the first passage of the
 * other account that tells of it too, free or not ("spoke today for about an hour" / "We had a call,
 * it was a pretty long call, we talked about a lot of things"). */
export function sameClaimLinks(a: readonly Passage[], b: readonly Passage[]): ClaimLink[] {
  const tellsOfTheTalk = (s: Passage) => s.annotation.noise.has('process')
  const links: ClaimLink[] = []
  for (const [own, other, flip] of [
    [a, b, false],
    [b, a, true],
  ] as const) {
    const partner =
      other.find((s) => tellsOfTheTalk(s) && s.counterparts.length === 0) ??
      other.find(tellsOfTheTalk)
    if (!partner) continue
    for (const x of own) {
      if (!onlyAboutTheTalk(x) || x.counterparts.length > 0) continue
      links.push(
        flip
          ? { a: partner.index, b: x.index, clash: null }
          : { a: x.index, b: partner.index, clash: null },
      )
      break
    }
  }
  return links
}

/** Claim kinds worth pairing passages on when their words do not meet. */
const PAIRING_KINDS = new Set([
  'assessment',
  'progress',
  'settlement',
  'demand',
  'commitment',
  'willingness',
  'accusation',
  'warning',
])

const NO_KEYS: readonly string[] = []

/** Kind-and-topic keys of a passage's pairing claims, each kind once, in the order claimed. Most
 * passages have no topic or no such claim: they get no key and build nothing. */
function pairingKeys(s: Passage): readonly string[] {
  if (s.topics.length === 0) return NO_KEYS
  let keys: string[] | undefined
  const { claims } = s.annotation
  for (let i = 0; i < claims.length; i++) {
    const kind = claims[i]!.kind
    if (!PAIRING_KINDS.has(kind) || claims.findIndex((c) => c.kind === kind) < i) continue
    keys ??= []
    for (const t of s.topics) keys.push(`${kind}:${t}`)
  }
  return keys ?? NO_KEYS
}

/**
 * Passages no word paired that make a claim of the same kind on the same topic as a passage of the
 * other account no word paired either: "Russia must show willingness to negotiate" and "the Russian
 * side had never rejected talks" tell of one thing. Each takes the one that shares most such keys, so
 * a claim told in other words is compared, not listed as told by one side only. A passage already
 * paired by its words is left alone: its partner is the better evidence.
 */
export function claimPairs(a: readonly Passage[], b: readonly Passage[]): ClaimLink[] {
  const links: ClaimLink[] = []
  const seen = new Set<string>()
  for (const [own, other, flip] of [
    [a, b, false],
    [b, a, true],
  ] as const) {
    const buckets = new Map<string, Passage[]>()
    for (const s of other) {
      for (const key of pairingKeys(s)) {
        const list = buckets.get(key)
        if (list) list.push(s)
        else buckets.set(key, [s])
      }
    }
    for (const x of own) {
      if (x.counterparts.length > 0) continue
      const votes = new Map<Passage, number>()
      for (const key of pairingKeys(x)) {
        const ys = buckets.get(key) ?? []
        if (ys.length > MAX_BUCKET) continue
        for (const y of ys) {
          votes.set(y, (votes.get(y) ?? 0) + 1 + (y.counterparts.length === 0 ? 0.5 : 0))
        }
      }
      const best = [...votes].sort((p, q) => q[1] - p[1] || p[0].index - q[0].index)[0]?.[0]
      if (!best) continue
      const link = flip
        ? { a: best.index, b: x.index, clash: null }
        : { a: x.index, b: best.index, clash: null }
      const key = `${link.a}:${link.b}`
      if (!seen.has(key)) links.push(link)
      seen.add(key)
    }
  }
  return links
}

/**
 * What every other pairing left alone, paired on a kind of claim rare enough to be one exchange
 * whatever words name its subject (claims.json `anySubject`): the two sides' warnings in one call
 * ("will respond decisively if Russia further invades" / "a grave mistake … a complete rupture").
 * In reading order, and only between passages nothing else paired: a warning that has a partner on
 * its own topic keeps it, and a second warning on one side stays told by that side only. A side that
 * spreads the warning over the passages that follow (within two) brings them along.
 */
export function anySubjectPairs(a: readonly Passage[], b: readonly Passage[]): ClaimLink[] {
  const links: ClaimLink[] = []
  const taken = new Set<Passage>()
  const free = (s: Passage | undefined, kind: string): s is Passage =>
    !!s &&
    s.counterparts.length === 0 &&
    !taken.has(s) &&
    s.annotation.claims.some((c) => c.kind === kind)
  /** The passage and those after it, each within two of the last, that carry the same kind. */
  const runFrom = (side: readonly Passage[], first: Passage, kind: string) => {
    const run = [first]
    for (let k = first.index + 1; k <= run[run.length - 1]!.index + NEIGHBOURHOOD; k++) {
      if (free(side[k], kind)) run.push(side[k]!)
    }
    return run
  }
  for (const kind of ANY_SUBJECT_KINDS) {
    for (const x of a) {
      if (!free(x, kind)) continue
      const y = b.find((s) => free(s, kind))
      if (!y) break
      const [xs, ys] = [runFrom(a, x, kind), runFrom(b, y, kind)]
      for (const s of [...xs, ...ys]) taken.add(s)
      for (const p of xs) for (const q of ys) links.push({ a: p.index, b: q.index, clash: null })
    }
  }
  return links
}

/** How far apart two passages of one side may stand and still tell one warning. */
const NEIGHBOURHOOD = 2
