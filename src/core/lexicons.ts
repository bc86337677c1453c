/**
 * The lexicons (JSON data in ./lexicons) compiled into matchers. Behaviour lives in the pipeline;
 * what words mean lives here, so a new topic or cue is a data change.
 */
import claimsData from './lexicons/claims.json'
import topicsData from './lexicons/topics.json'
import negationData from './lexicons/negation.json'
import stopwordsData from './lexicons/stopwords.json'
import attributionData from './lexicons/attribution.json'
import { PhraseMatcher, phraseStems } from './phrase-matcher'
import { stemWord } from './tokenize'

export interface TopicDef {
  id: string
  label: string
  lens: string
  claim: string
  salience: number
}

export interface TopicTerm {
  topic: string
  weight: number
}

export interface ClaimCue {
  family: string
  polarity: 1 | -1
  /** True when the phrase itself contains a negator ("not back down"): negation is already read. */
  selfNegated: boolean
}

export const TOPIC_THRESHOLD = topicsData.threshold
export const TOPICS: TopicDef[] = topicsData.topics.map(({ id, label, lens, claim, salience }) => ({
  id,
  label,
  lens,
  claim,
  salience,
}))
const topicById = new Map(TOPICS.map((t) => [t.id, t]))

export const topicMatcher = new PhraseMatcher<TopicTerm>()
/** Stems of the one-word topic terms ("energy", "Iran"): words that name a subject. */
export const SUBJECT_STEMS = new Set<string>()
for (const t of topicsData.topics) {
  for (const [term, weight] of Object.entries(t.terms)) {
    topicMatcher.add(term, { topic: t.id, weight })
    const stems = phraseStems(term)
    if (stems.length === 1) SUBJECT_STEMS.add(stems[0]!)
  }
}

export const CLAIM_WEIGHT = new Map<string, number>()
export const claimMatcher = new PhraseMatcher<ClaimCue>()
const NEGATORS = new Set(negationData.triggers.map(stemWord))
for (const [family, def] of Object.entries(claimsData.families)) {
  CLAIM_WEIGHT.set(family, def.weight)
  for (const [list, polarity] of [
    [def.positive, 1],
    [def.negative, -1],
  ] as const) {
    for (const phrase of list) {
      const selfNegated = phraseStems(phrase).some((s) => NEGATORS.has(s))
      claimMatcher.add(phrase, { family, polarity, selfNegated })
    }
  }
}

export const NEGATION = {
  window: negationData.window,
  triggers: NEGATORS,
  terminators: new Set(negationData.terminators),
  pseudo: new PhraseMatcher<true>(),
}
for (const p of negationData.pseudo) NEGATION.pseudo.add(p, true)

export const STOPWORDS = new Set(stopwordsData.words)
export const ATTRIBUTION = {
  cues: new Set(attributionData.cues),
  pronouns: new Set(attributionData.pronouns),
  titles: new Set(attributionData.titles),
}

/** Topics a reader can choose as the focus lens. */
export function listTopics(): { id: string; label: string; lens: string }[] {
  return TOPICS.map(({ id, label, lens }) => ({ id, label, lens }))
}

export function getTopic(id: string): TopicDef | undefined {
  return topicById.get(id)
}

/** Reader-facing name of a topic's lens, e.g. "Ukraine — progress"; unknown ids come back as given. */
export function topicLabel(id: string): string {
  return topicById.get(id)?.lens ?? id
}
