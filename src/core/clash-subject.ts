/**
 * What the clash rules compare: a passage's text, what it claims and its topics, and whether two
 * passages are on one subject.
 */
import type { Annotation } from './annotate'
import { ATTRIBUTION, LIGHT_WORDS, STOPWORDS, isTitleWord } from './lexicons'
import { knownParty } from './parties'
import type { Claim } from './types'

export interface ClaimView {
  text: string
  annotation: Annotation
  /** Topics of the passage, own or carried from the sentence before. */
  topics: string[]
}

/** Content words two passages must share to be on one subject without a topic in common ("the
 * pension formula for mine workers"): the topic lexicon does not know every subject. */
const SHARED_SUBJECT_TERMS = 3

/** A passage's content words that may name its subject: not a figure's words ("cost", "billion",
 * "year" say what is counted, not what it is about), numbers, or the countries it names (who, not
 * what: "the United States and Russia have agreed to ensure safe navigation" and "the Russians raised
 * American help to transport their farm goods … we didn't agree" share Russia, America and "agree",
 * and are on two subjects). Kept per annotation: one passage meets many others. */
function subjectTerms(v: ClaimView): Set<string> {
  let terms = v.annotation.subjectTerms
  if (!terms) {
    const notSubject = new Set(v.annotation.figures.flatMap((f) => [f.unit, f.measure ?? '']))
    terms = new Set(
      v.annotation.terms.filter((t) => !notSubject.has(t) && !/^\d/.test(t) && !knownParty(t)),
    )
    v.annotation.subjectTerms = terms
  }
  return terms
}

/** Two passages speak of one subject: they share a topic, or enough content words. */
export function sharesTopic(x: ClaimView, y: ClaimView): boolean {
  return x.topics.some((t) => y.topics.includes(t)) || sharesWords(x, y)
}

/** Two passages share enough content words to be on one subject, whatever their topics: one deed
 * told on both sides ("missiles launched … after the ceasefire"), not just one region. */
export function sharesWords(x: ClaimView, y: ClaimView): boolean {
  const [own, other] = [subjectTerms(x), subjectTerms(y)]
  let common = 0
  for (const t of other) if (own.has(t) && ++common >= SHARED_SUBJECT_TERMS) return true
  return false
}

const objects = new WeakMap<Claim, Set<string>>()

/** What a claim is said of: the content words of its clause, without its cue, the parties, titles,
 * reporting verbs, times and numbers ("agreed on a prisoner exchange" → prisoner, exchange). Empty
 * for a claim about the talks as a whole ("I didn't make any progress with him today"). */
export function claimObject(v: ClaimView, c: Claim): Set<string> {
  // Kept per claim: the clash search asks about one claim for every passage it meets.
  let terms = objects.get(c)
  if (terms) return terms
  objects.set(c, (terms = new Set<string>()))
  const [from, to] = c.clause
  for (const t of v.annotation.tokens) {
    if (t.start < from || t.end > to || (t.start >= c.offset && t.end <= c.end)) continue
    if (!t.term || STOPWORDS.has(t.word) || LIGHT_WORDS.has(t.word) || /^\d/.test(t.word)) continue
    if (ATTRIBUTION.cues.has(t.word) || knownParty(t.term) || knownParty(t.word)) continue
    if (t.capitalized && isTitleWord(t.word)) continue
    terms.add(t.term)
  }
  return terms
}

/** Two claims are of one thing: they share what they are said of, or one is said of the talks as a
 * whole. "Agreed on a prisoner exchange" and "no agreement on a ceasefire" are two outcomes, not one
 * told two ways. */
export function sameObject(x: ClaimView, cx: Claim, y: ClaimView, cy: Claim): boolean {
  const [ox, oy] = [claimObject(x, cx), claimObject(y, cy)]
  if (ox.size === 0 || oy.size === 0) return true
  for (const t of ox) if (oy.has(t)) return true
  return false
}
