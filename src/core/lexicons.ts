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
  /** For a term written with capitals past its first letter ("New START"): the text it must match
   * as written, so "a new start for relations" is no treaty. */
  asWritten?: string
  /** True for a term that fits other subjects too ("ceasefire" for Ukraine): it never names the topic. */
  generic?: boolean
}

/** What a claim kind is for: compared across accounts, qualifying a claim, or marking noise. */
export type ClaimRole = 'claim' | 'modifier' | 'noise' | 'idiom'

export interface ClaimKindDef {
  id: string
  /** Reader-facing name, e.g. "demand or condition". */
  label: string
  /** A divergence's heading when it has no topic but makes this claim, e.g. "Demands and conditions". */
  heading?: string
  role: ClaimRole
  /** How much such a claim asserts, for ranking. */
  weight: number
  /** The kind a focus lens counts it as (its own id unless the lexicon says otherwise). */
  family: string
  /** Claims of this kind are rare enough that two accounts' are about one exchange whatever words
   * name their subject (a warning and a warning): they pair across topics. */
  anySubject: boolean
}

export interface ClaimCue {
  kind: string
  polarity: 1 | -1
  /** True when the phrase itself contains a negator ("not back down"): negation is already read. */
  selfNegated: boolean
  /** True when the cue is a verdict on the talks only if the passage is about the talks. */
  contextual: boolean
  /** The phrase's stems, space-separated: how the other claims.json lists (`felt`, `object_first`)
   * are keyed. */
  key: string
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
/** The topic a passage with no topic word takes from the kind of claim it makes. */
export const KIND_TOPICS = new Map<string, string>(Object.entries(topicsData.kindTopics))

export const topicMatcher = new PhraseMatcher<TopicTerm>()
/** Stems of the one-word topic terms ("energy", "Iran"): words that name a subject. */
export const SUBJECT_STEMS = new Set<string>()
for (const t of topicsData.topics) {
  const generic = new Set<string>('generic' in t ? (t.generic as string[]) : [])
  for (const [term, weight] of Object.entries(t.terms)) {
    const asWritten = /\p{Lu}{2}/u.test(term) ? term : undefined
    topicMatcher.add(term, {
      topic: t.id,
      weight,
      ...(asWritten ? { asWritten } : {}),
      ...(generic.has(term) ? { generic: true } : {}),
    })
    const stems = phraseStems(term)
    if (stems.length === 1) SUBJECT_STEMS.add(stems[0]!)
  }
}

export const CLAIM_KINDS = new Map<string, ClaimKindDef>()
export const claimMatcher = new PhraseMatcher<ClaimCue>()
/** Words that put the talks themselves in view, for contextual cues ("a very good call"). */
export const talkContext = new PhraseMatcher<true>()
const NEGATORS = new Set(negationData.triggers.map(stemWord))

interface KindData {
  label: string
  heading?: string
  role: string
  weight: number
  family?: string
  anySubject?: boolean
  positive: string[]
  negative: string[]
  contextual?: { positive: string[]; negative: string[]; context: string[] }
}

function addCues(
  kind: string,
  phrases: { positive: string[]; negative: string[] },
  contextual: boolean,
) {
  for (const [list, polarity] of [
    [phrases.positive, 1],
    [phrases.negative, -1],
  ] as const) {
    for (const phrase of list) {
      const stems = phraseStems(phrase)
      const selfNegated = stems.some((s) => NEGATORS.has(s))
      claimMatcher.add(phrase, { kind, polarity, selfNegated, contextual, key: stems.join(' ') })
    }
  }
}

for (const [id, def] of Object.entries(claimsData.kinds as Record<string, KindData>)) {
  const family = def.family ?? id
  CLAIM_KINDS.set(id, {
    id,
    label: def.label,
    ...(def.heading ? { heading: def.heading } : {}),
    role: def.role as ClaimRole,
    weight: def.weight,
    family,
    anySubject: def.anySubject ?? false,
  })
  addCues(id, def, false)
  if (def.contextual) {
    addCues(id, def.contextual, true)
    for (const phrase of def.contextual.context) talkContext.add(phrase, true)
  }
}

/** How much a claim of this kind asserts (0 for modifiers' absence, noise and unknown kinds). */
export function claimWeight(kind: string): number {
  return CLAIM_KINDS.get(kind)?.weight ?? 0
}

/** The kind a focus lens counts a claim kind as ("settlement" counts as "progress"). */
export function claimFamily(kind: string): string {
  return CLAIM_KINDS.get(kind)?.family ?? kind
}

/** Claim kinds that pair across accounts whatever their topic (claims.json `anySubject`: warnings). */
export const ANY_SUBJECT_KINDS = [...CLAIM_KINDS.values()]
  .filter((k) => k.anySubject && k.role === 'claim')
  .map((k) => k.id)

export function claimRole(kind: string): ClaimRole | undefined {
  return CLAIM_KINDS.get(kind)?.role
}

export const NEGATION = {
  window: negationData.window,
  triggers: NEGATORS,
  terminators: new Set(negationData.terminators),
  prefixes: new Set(negationData.prefixes),
  predicateAfterAnd: new Set(negationData.predicate_after_and),
  pseudo: new PhraseMatcher<true>(),
  /** Asides set off by commas that a negation reaches across ("few, if any, moves"), as word lists. */
  asides: negationData.asides.map((a) => a.split(' ')),
}
for (const p of negationData.pseudo) NEGATION.pseudo.add(p, true)

export const STOPWORDS = new Set(stopwordsData.words)
/** Opening words of a sentence that continues the one before. */
export const CONNECTIVES = new Set(stopwordsData.connectives)
/** Words that say nothing of what a claim is about: doing verbs and times. */
export const LIGHT_WORDS = new Set(stopwordsData.light)
/** Pronouns by which a person holds a feeling. */
export const PERSONAL_PRONOUNS = new Set(stopwordsData.personal_pronouns)
/** Words that open a clause of purpose, reason or contrast. */
export const SUBORDINATORS = new Set(stopwordsData.subordinators)
/** Words that tie a sentence to the one before it ("He also noted…", "…about that"). */
export const ANAPHORA = new Set(stopwordsData.anaphora)
/** Opening words by which a sentence points to the one before, and the time words after which they
 * do not ("this year"). */
export const BACK_REFERENCES = {
  words: new Set(stopwordsData.back_references),
  times: new Set(stopwordsData.times),
}
/** Prepositions: what a participle leads into, and where a quote cut may open mid-phrase. */
export const PREPOSITIONS = new Set(stopwordsData.prepositions)
/** Articles and possessives a quoted phrase keeps before it. */
export const DETERMINERS = new Set(stopwordsData.determiners)
export const ATTRIBUTION = {
  cues: new Set(attributionData.cues),
  pronouns: new Set(attributionData.pronouns),
  titles: new Set(attributionData.titles),
  collectives: new Set(attributionData.collectives),
}

/** Whether a word, in any case ("president", "PRESIDENT"), is a title (attribution.json `titles`). */
export function isTitleWord(word: string): boolean {
  return ATTRIBUTION.titles.has(word.charAt(0).toUpperCase() + word.slice(1).toLowerCase())
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
