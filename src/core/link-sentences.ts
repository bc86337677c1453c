/**
 * Aligns the sentences of two accounts and labels each one. Source names are left out of the
 * similarity: who speaks says nothing about what is said, and readouts name the leaders in every
 * other sentence.
 */
import { alignSentences, findMoved, NO_READER_PAIRS, type Link, type ReaderPairs } from './align'
import { contentTerms } from './annotate'
import { labelPassage } from './label'
import { SUBJECT_STEMS } from './lexicons'
import type { Lenses } from './lens'
import type { Sentence } from './sentence'

/** Claim families a sentence carries that one of its topics' lenses asks about. */
export function lensClaims(s: Sentence, lenses: Lenses): string[] {
  const asked = new Set(s.topics.map((t) => lenses.get(t)?.claim))
  return [...new Set(s.annotation.claims.map((c) => c.kind))].filter((k) => asked.has(k))
}

/** Identical accounts pair passage by passage: nothing to search for. */
function identityLinks(count: number): Link[] {
  return Array.from({ length: count }, (_, k) => ({
    a: k,
    b: k,
    score: 1,
    cosine: 1,
    primary: true,
    byReader: false,
  }))
}

export function linkSentences(
  a: Sentence[],
  b: Sentence[],
  names: ReadonlySet<string>,
  lenses: Lenses,
  identical: boolean,
  reader: ReaderPairs = NO_READER_PAIRS,
): void {
  const input = (s: Sentence) => ({
    terms: contentTerms(s.annotation.tokens, names),
    subjects: s.annotation.tokens.filter((t) => SUBJECT_STEMS.has(t.stem)).map((t) => t.term),
    topics: s.topics,
    lensClaims: lensClaims(s, lenses),
  })
  // Identical accounts need no correcting: the reader's pairs apply to the aligner's work only.
  const links = identical
    ? identityLinks(a.length)
    : alignSentences(a.map(input), b.map(input), {}, reader)
  const moved = findMoved(links)
  for (const l of links) {
    const { score, cosine, primary, byReader } = l
    a[l.a]!.counterparts.push({ index: l.b, score, cosine, primary, byReader })
    b[l.b]!.counterparts.push({ index: l.a, score, cosine, primary, byReader })
    if (moved.has(l)) a[l.a]!.moved = b[l.b]!.moved = true
  }
  for (const s of [...a, ...b]) {
    s.counterparts.sort((x, y) => Number(y.primary) - Number(x.primary) || y.score - x.score)
  }
  const label = (s: Sentence, others: Sentence[]) =>
    labelPassage(
      s,
      s.counterparts.map((c) => ({ input: others[c.index]!, cosine: c.cosine })),
    )
  for (const s of a) s.alignment = label(s, b)
  for (const s of b) s.alignment = label(s, a)
}
