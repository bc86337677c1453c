/**
 * Aligns the passages of two accounts and labels each one: first by the words they share (align.ts),
 * then by what they claim (claim-links.ts), which pairs passages that share no word and finds the
 * ones that contradict each other. Source names are left out of the similarity: who speaks says
 * nothing about what is said, and readouts name the leaders in every other sentence.
 */
import { startBudget, type Budget } from './budget'
import { alignPassages, findMoved, NO_READER_PAIRS, type Pairing, type ReaderPairs } from './align'
import { contentTerms } from './annotate'
import { clauseLinks, type ClauseLink } from './clause-links'
import {
  anySubjectPairs,
  claimPairs,
  findClashes,
  sameClaimLinks,
  type ClaimLink,
} from './claim-links'
import { labelPassage } from './label'
import { SUBJECT_STEMS, claimFamily } from './lexicons'
import type { Lenses } from './lens'
import type { Counterpart, Passage } from './passage'

/** Confidence of a pair found only because the passages claim the same kind of thing: a guess the
 * reader should check. A pair found by a clash rule is as sure as the rule (clash.ts strength). */
const SAME_CLAIM_CONFIDENCE = 0.3

/** Claim kinds a sentence carries that one of its topics' lenses asks about. */
export function lensClaims(s: Passage, lenses: Lenses): string[] {
  // Most passages claim nothing: no sets to build for them.
  if (s.annotation.claims.length === 0) return []
  const asked = new Set(s.topics.map((t) => lenses.get(t)?.claim))
  return [...new Set(s.annotation.claims.map((c) => claimFamily(c.kind)))].filter((k) =>
    asked.has(k),
  )
}

/** Terms of the passage's words that name a subject, in order. */
function subjectsOf(s: Passage): string[] {
  const terms: string[] = []
  for (const t of s.annotation.tokens) if (SUBJECT_STEMS.has(t.stem)) terms.push(t.term)
  return terms
}

/** Identical accounts pair passage by passage: nothing to search for. */
function identityPairings(count: number): Pairing[] {
  return Array.from({ length: count }, (_, k) => ({
    a: k,
    b: k,
    score: 1,
    cosine: 1,
    primary: true,
    byReader: false,
  }))
}

/** How sure a pair found by shared words is: from 0.4 at the aligner's threshold to 1 at a cosine
 * of 0.6 and above, where two passages say nearly the same thing. */
function wordConfidence(score: number): number {
  return Math.round(Math.min(1, Math.max(0.4, 0.4 + (score - 0.2) * 1.5)) * 100) / 100
}

/** One end of a link: written out rather than spread, as a long pair of accounts makes tens of
 * thousands of these; a function of its own, not a closure made per link. */
function counterpartOf(l: Omit<Counterpart, 'index'>, index: number): Counterpart {
  return {
    score: l.score,
    cosine: l.cosine,
    primary: l.primary,
    byReader: l.byReader,
    via: l.via,
    confidence: l.confidence,
    clash: l.clash,
    index,
  }
}

function connect(
  a: Passage[],
  b: Passage[],
  l: Omit<Counterpart, 'index'> & { a: number; b: number },
) {
  a[l.a]!.counterparts.push(counterpartOf(l, l.b))
  b[l.b]!.counterparts.push(counterpartOf(l, l.a))
}

/** Whether a passage has no primary partner yet. */
const unpaired = (s: Passage) => !s.counterparts.some((c) => c.primary)

/** Adds the pairs found between a passage no pairing reached and a clause of the other account
 * (clause-links.ts), primary where both passages are still free. */
function addClauseLinks(a: Passage[], b: Passage[], links: readonly ClauseLink[]) {
  for (const l of links) {
    connect(a, b, {
      a: l.a,
      b: l.b,
      score: l.cosine,
      cosine: l.cosine,
      primary: unpaired(a[l.a]!) && unpaired(b[l.b]!),
      byReader: false,
      via: 'words',
      confidence: wordConfidence(l.cosine),
      clash: null,
    })
  }
}

/** Adds the pairs found by claims: a clash between passages already paired marks that pair; others
 * become new pairs, primary where both passages are still free. */
function addClaimLinks(a: Passage[], b: Passage[], links: readonly ClaimLink[], same: boolean) {
  for (const l of links) {
    const existing = a[l.a]!.counterparts.find((c) => c.index === l.b)
    if (existing) {
      existing.clash = l.clash
      b[l.b]!.counterparts.find((c) => c.index === l.a)!.clash = l.clash
      continue
    }
    connect(a, b, {
      a: l.a,
      b: l.b,
      score: 0,
      cosine: 0,
      primary: unpaired(a[l.a]!) && unpaired(b[l.b]!),
      byReader: false,
      via: 'claim',
      confidence: same || !l.clash ? SAME_CLAIM_CONFIDENCE : l.clash.strength,
      clash: l.clash,
    })
  }
}

export function pairPassages(
  a: Passage[],
  b: Passage[],
  names: ReadonlySet<string>,
  lenses: Lenses,
  identical: boolean,
  reader: ReaderPairs = NO_READER_PAIRS,
  budget: Budget = startBudget(),
): void {
  const input = (s: Passage) => ({
    terms: contentTerms(s.annotation.tokens, names),
    subjects: subjectsOf(s),
    topics: s.topics,
    lensClaims: lensClaims(s, lenses),
  })
  const inputs = { a: a.map(input), b: b.map(input) }
  // Identical accounts need no correcting: the reader's pairs apply to the aligner's work only.
  const links = identical
    ? identityPairings(a.length)
    : alignPassages(inputs.a, inputs.b, {}, reader)
  const moved = findMoved(links)
  for (const l of links) {
    const via = l.byReader ? 'reader' : 'words'
    const confidence = l.byReader || identical ? 1 : wordConfidence(l.score)
    connect(a, b, {
      a: l.a,
      b: l.b,
      score: l.score,
      cosine: l.cosine,
      primary: l.primary,
      byReader: l.byReader,
      via,
      confidence,
      clash: null,
    })
    if (moved.has(l)) a[l.a]!.moved = b[l.b]!.moved = true
  }
  // Pairs by claims refine what the words found: a spent budget goes without them.
  if (!identical && !budget.spent()) {
    const unlinked = new Set(reader.unlinked.map(([i, j]) => `${i}:${j}`))
    // No key per link, and no copy of the lists, when the reader separated nothing, as is usual.
    const allowed = <L extends { a: number; b: number }>(links: L[]) =>
      unlinked.size === 0 ? links : links.filter((l) => !unlinked.has(`${l.a}:${l.b}`))
    addClaimLinks(a, b, allowed(findClashes(a, b)), false)
    addClaimLinks(a, b, allowed(sameClaimLinks(a, b)), true)
    addClaimLinks(a, b, allowed(claimPairs(a, b)), true)
    addClaimLinks(a, b, allowed(anySubjectPairs(a, b)), true)
    const lone = clauseLinks(
      a,
      b,
      [...inputs.a, ...inputs.b].map((i) => i.terms),
      names,
    )
    addClauseLinks(a, b, allowed(lone))
  }
  for (const side of [a, b]) {
    for (const s of side) {
      if (s.counterparts.length < 2) continue
      s.counterparts.sort((x, y) => Number(y.primary) - Number(x.primary) || y.score - x.score)
    }
  }
  for (const s of a) s.alignment = labelPassage(s, b)
  for (const s of b) s.alignment = labelPassage(s, a)
}
