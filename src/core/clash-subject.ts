/**
 * What the clash rules compare: a passage's text, what it claims and its topics, and whether two
 * passages are on one subject.
 */
import type { Annotation } from './annotate'
import { knownParty } from './parties'

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
