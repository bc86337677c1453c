/**
 * Turns a ranked candidate into the Divergence a reader sees: its evidence (strongest passage first), a
 * key phrase quoted from each side, who speaks, why the sides diverge, and a one-line summary.
 */
import { isolateBidi } from './bidi-isolate'
import { CLASH_LEAD } from './clash'
import { claimWords } from './clash-words'
import { isStatedQuantity } from './figures'
import type { Lenses } from './lens'
import { ANY_SUBJECT_KINDS, CLAIM_KINDS, STOPWORDS, claimRole, claimWeight } from './lexicons'
import { keyPhrase } from './quote'
import type { RankedCandidate } from './rank'
import type { Passage } from './passage'
import concepts from './lexicons/concepts.json'
import type { Token } from './tokenize'
import type { Divergence } from './types'

export interface DivergenceContext {
  labels: { a: string; b: string }
  lensClaim: string
  idf: (term: string) => number
  lenses: Lenses
  /** Whether each account looks cut off, so "only in A" can say B may just be missing it. */
  cutOff: { a: boolean; b: boolean }
  /** Terms used anywhere in each account: a name the other account uses somewhere is no news. */
  vocabulary: { a: ReadonlySet<string>; b: ReadonlySet<string> }
}

/** Passages that carry the claim lead: clashing ones, then lens claims, then the most assertive. */
export function strongestFirst(passages: readonly Passage[], lensClaim: string): Passage[] {
  const weight = (s: Passage) =>
    (s.alignment === 'contradicts' ? 10 : 0) +
    (s.annotation.claims.some((c) => c.kind === lensClaim) ? 5 : 0) +
    s.annotation.claimWeight
  return [...passages].sort((x, y) => weight(y) - weight(x))
}

function topicName(candidate: RankedCandidate, lenses: Lenses): string {
  const topic = lenses.get(candidate.topic)
  if (!topic) return 'Other'
  return candidate.lens ? topic.lens : topic.label
}

function summarize(
  kind: Divergence['kind'],
  topic: string,
  quoteA: string,
  quoteB: string,
  labels: DivergenceContext['labels'],
): string {
  // The reader's labels and words in the app's sentence, each isolated (see bidi-isolate.ts).
  const [a, b] = [isolateBidi(labels.a), isolateBidi(labels.b)]
  const [qa, qb] = [isolateBidi(quoteA), isolateBidi(quoteB)]
  switch (kind) {
    case 'contradicts':
      return `${topic}: the accounts clash. ${a}: “${qa}” — ${b}: “${qb}”.`
    case 'reframed':
      return `${topic}: told differently. ${a}: “${qa}” — ${b}: “${qb}”.`
    case 'only-a':
      return `${topic}: only ${a} says “${qa}”; ${b} does not mention it.`
    case 'only-b':
      return `${topic}: only ${b} says “${qb}”; ${a} does not mention it.`
  }
}

/** The reader-facing name of the strongest claim the passages make ("a demand or condition"). */
function claimKindOf(passages: readonly Passage[]): string | null {
  let best: { kind: string; weight: number } | null = null
  for (const s of passages) {
    for (const c of s.annotation.claims) {
      if (claimRole(c.kind) !== 'claim') continue
      const weight = claimWeight(c.kind)
      if (!best || weight > best.weight) best = { kind: c.kind, weight }
    }
    if (!best && s.annotation.figures.some(isStatedQuantity)) best = { kind: 'figure', weight: 0 }
  }
  if (!best) return null
  return best.kind === 'figure' ? 'a figure' : withArticle(CLAIM_KINDS.get(best.kind)!.label)
}

const withArticle = (label: string) => (/^[aeiou]/i.test(label) ? `an ${label}` : `a ${label}`)

/** One side firm ("will begin immediately") where the other hedges or makes it conditional ("could
 * begin, hopefully soon"): not a contradiction, but what a correspondent notes first about a reframing. */
function firmAgainstHedged(candidate: RankedCandidate, la: string, lb: string): string | null {
  const cue = (passages: readonly Passage[], kinds: string[]) =>
    passages.flatMap((s) => s.annotation.modifiers).find((m) => kinds.includes(m.kind))
  for (const [x, y, lx, ly] of [
    [candidate.a, candidate.b, la, lb],
    [candidate.b, candidate.a, lb, la],
  ] as const) {
    const [strong, weak] = [cue(x, ['firm']), cue(y, ['hedge', 'condition'])]
    if (strong && weak && !cue(x, ['hedge', 'condition']) && !cue(y, ['firm'])) {
      const how = weak.kind === 'condition' ? 'on a condition' : 'as a possibility'
      return `Firm in ${lx} (“${isolateBidi(strong.cue)}”), ${how} in ${ly} (“${isolateBidi(weak.cue)}”).`
    }
  }
  return null
}

/** Claim kinds one side makes and the other does not, in the passages of a reframed pair. */
function addedKind(own: readonly Passage[], other: readonly Passage[]): string | null {
  const kinds = (list: readonly Passage[]) =>
    new Set(
      list.flatMap((s) =>
        s.annotation.claims.filter((c) => claimRole(c.kind) === 'claim').map((c) => c.kind),
      ),
    )
  const theirs = kinds(other)
  const extra = [...kinds(own)]
    .filter((k) => !theirs.has(k))
    .sort((x, y) => claimWeight(y) - claimWeight(x))[0]
  return extra ? withArticle(CLAIM_KINDS.get(extra)!.label) : null
}

/** A claim of a kind rare enough to pair on any subject (a warning) that both sides make: the pair is
 * that exchange, told by each ("will respond decisively" / "a grave error"), with each side's words. */
function sharedRareClaim(
  candidate: RankedCandidate,
): { kind: string; a: string; b: string } | null {
  const first = (passages: readonly Passage[], kind: string) => {
    for (const s of passages) {
      const claim = s.annotation.claims.find((c) => c.kind === kind)
      if (claim) return claimWords(s.text, claim)
    }
    return null
  }
  for (const kind of ANY_SUBJECT_KINDS) {
    const [a, b] = [first(candidate.a, kind), first(candidate.b, kind)]
    if (a && b) return { kind: withArticle(CLAIM_KINDS.get(kind)!.label), a, b }
  }
  return null
}

/** At most this many names or figures are listed in a reason. */
const MAX_SPECIFICS = 3

/**
 * The specifics one side gives and the other leaves out, in the passages of a reframed pair: names (a
 * run of capitalized words inside a sentence, "Kailash Manasarovar Yatra", none of whose words the
 * other account uses anywhere: "Joe Biden" is no news where the other says "Biden") and stated
 * quantities the other side's passages do not give ("$717 million", "30 days"). What a correspondent
 * checks first when two accounts tell one thing.
 */
function specificsOnly(
  own: readonly Passage[],
  other: readonly Passage[],
  otherVocabulary: ReadonlySet<string>,
): string[] {
  const theirFigures = new Set(other.flatMap((s) => s.annotation.figures.map((f) => f.value)))
  const found: string[] = []
  for (const s of own) {
    for (const f of s.annotation.figures) {
      if (isStatedQuantity(f) && !theirFigures.has(f.value)) found.push(f.text)
    }
    const { tokens } = s.annotation
    // Who speaks is no specific of the event: "as Ushakov reported".
    const speaker = new Set(s.speaker?.toLowerCase().split(/\s+/))
    for (let k = 1; k < tokens.length; k++) {
      if (!isNameWord(tokens[k]!)) continue
      let end = k
      const spaceOnly = (i: number) =>
        /^\s+$/.test(s.text.slice(tokens[i]!.end, tokens[i + 1]!.start))
      while (end + 1 < tokens.length && isNameWord(tokens[end + 1]!) && spaceOnly(end)) end++
      // A two-word name folded into its first word's term ("Middle East") is quoted whole.
      while (isNameTail(tokens[end + 1]) && spaceOnly(end)) end++
      const run = tokens.slice(k, end + 1)
      if (run.every((t) => speaker.has(t.word))) continue
      if (run.every((t) => t.term === '' || !knownTo(otherVocabulary, t.term))) {
        found.push(s.text.slice(run[0]!.start, run[run.length - 1]!.end))
      }
      k = end
    }
  }
  return [...new Set(found)].slice(0, MAX_SPECIFICS)
}

/** Whether the other account uses the term, or a form of it ("India" where it says "Indian"): forms
 * are looked up among the terms that share its first letters, not by scanning the vocabulary. */
function knownTo(vocabulary: ReadonlySet<string>, term: string): boolean {
  if (vocabulary.has(term)) return true
  if (term.length < FORM_PREFIX) return false
  const forms = formsIndex(vocabulary).get(term.slice(0, FORM_PREFIX)) ?? []
  return forms.some((other) => other.startsWith(term) || term.startsWith(other))
}

/** Letters two forms of one word share at least ("indi" of "India", "Indian"). */
const FORM_PREFIX = 4
const formsIndexes = new WeakMap<ReadonlySet<string>, Map<string, string[]>>()
/** The vocabulary's terms of at least FORM_PREFIX letters by their first letters, built once. */
function formsIndex(vocabulary: ReadonlySet<string>): Map<string, string[]> {
  let index = formsIndexes.get(vocabulary)
  if (!index) {
    index = new Map()
    for (const term of vocabulary) {
      if (term.length < FORM_PREFIX) continue
      const key = term.slice(0, FORM_PREFIX)
      const list = index.get(key)
      if (list) list.push(term)
      else index.set(key, [term])
    }
    formsIndexes.set(vocabulary, index)
  }
  return index
}

/** A word of a name: capitalized, not a function word, a month, a weekday or a title. */
const isNameWord = (t: Token) =>
  t.capitalized &&
  t.word.length > 1 &&
  t.term !== '' &&
  !STOPWORDS.has(t.word.toLowerCase()) &&
  !NOT_NAMES.has(t.word.toLowerCase())

/** The second word of a two-word name the tokenizer folded into the first one's term. */
const isNameTail = (t: Token | undefined) => t !== undefined && t.capitalized && t.term === ''

const NOT_NAMES = new Set([...concepts.not_parties, 'jr', 'sr', 'mr', 'mrs', 'ms', 'dr'])

function reasonFor(
  candidate: RankedCandidate,
  ctx: DivergenceContext,
  quoteA: string,
  quoteB: string,
): string {
  // Labels and quoted words are the reader's: isolated, so a right-to-left mark stays inside them.
  const [la, lb] = [isolateBidi(ctx.labels.a), isolateBidi(ctx.labels.b)]
  const q = isolateBidi
  switch (candidate.kind) {
    case 'contradicts': {
      const clash = candidate.clash
      if (!clash) return `The accounts clash. ${la}: “${q(quoteA)}” — ${lb}: “${q(quoteB)}”.`
      return `${CLASH_LEAD[clash.rule]}. ${la}: “${q(clash.a)}” — ${lb}: “${q(clash.b)}”.`
    }
    case 'reframed': {
      const firmness = firmAgainstHedged(candidate, la, lb)
      if (firmness) return firmness
      const shared = sharedRareClaim(candidate)
      if (shared) {
        const { kind, a, b } = shared
        return `Both make it ${kind}. ${la}: “${q(a)}” — ${lb}: “${q(b)}”.`
      }
      const extraA = addedKind(candidate.a, candidate.b)
      if (extraA) return `Both tell of it; only ${la} makes it ${extraA}.`
      const extraB = addedKind(candidate.b, candidate.a)
      if (extraB) return `Both tell of it; only ${lb} makes it ${extraB}.`
      const [namedA, namedB] = [
        specificsOnly(candidate.a, candidate.b, ctx.vocabulary.b),
        specificsOnly(candidate.b, candidate.a, ctx.vocabulary.a),
      ]
      const names = (list: string[]) => list.map((w) => `“${q(w)}”`).join(', ')
      if (namedA.length && namedB.length) {
        return `Both tell of it; only ${la} names ${names(namedA)}, only ${lb} ${names(namedB)}.`
      }
      if (namedA.length) return `Both tell of it; only ${la} names ${names(namedA)}.`
      if (namedB.length) return `Both tell of it; only ${lb} names ${names(namedB)}.`
      return `Both tell of it, in different words.`
    }
    case 'only-a':
    case 'only-b': {
      const [own, other, members, cut] =
        candidate.kind === 'only-a'
          ? [la, lb, candidate.a, ctx.cutOff.b]
          : [lb, la, candidate.b, ctx.cutOff.a]
      const what = claimKindOf(members)
      const silent = cut
        ? `${other} looks cut off and may be missing it`
        : `nothing on it in ${other}`
      return what ? `Only in ${own}: ${what}; ${silent}.` : `Only in ${own}; ${silent}.`
    }
  }
}

/** The speaker named most often among the passages, if attribution found one. */
function speakerOf(passages: readonly Passage[]): string | undefined {
  const counts = new Map<string, number>()
  for (const s of passages) if (s.speaker) counts.set(s.speaker, (counts.get(s.speaker) ?? 0) + 1)
  return [...counts].sort((x, y) => y[1] - x[1])[0]?.[0]
}

export function toDivergence(
  candidate: RankedCandidate,
  rank: number,
  ctx: DivergenceContext,
): Divergence {
  // A reframing leads with its aligned pair (candidates.ts puts it first); the rest by what they claim.
  const order = (list: Passage[]) =>
    candidate.kind === 'reframed' ? list : strongestFirst(list, ctx.lensClaim)
  const [a, b] = [order(candidate.a), order(candidate.b)]
  const q = {
    topic: candidate.topic,
    lensClaim: ctx.lensClaim,
    idf: ctx.idf,
    contradiction: candidate.kind === 'contradicts',
  }
  const quoteA = a[0] ? keyPhrase(a[0], q) : ''
  const quoteB = b[0] ? keyPhrase(b[0], q) : ''
  const topicLabel = topicName(candidate, ctx.lenses)
  const speakers: Divergence['speakers'] = {}
  const [sa, sb] = [speakerOf(a), speakerOf(b)]
  if (sa) speakers.a = sa
  if (sb) speakers.b = sb
  return {
    id: `d${rank}`,
    topic: candidate.topic,
    topicLabel,
    kind: candidate.kind,
    summary: summarize(candidate.kind, topicLabel, quoteA, quoteB, ctx.labels),
    reason: reasonFor(candidate, ctx, quoteA, quoteB),
    speakers,
    a: a.map((s) => s.id),
    b: b.map((s) => s.id),
    quoteA,
    quoteB,
    focus: candidate.focus,
    score: Math.round(candidate.score * 1000) / 1000,
  }
}
