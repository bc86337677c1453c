/**
 * One account through the first half of the pipeline: normalize, segment, annotate, attribute,
 * and carry topics forward to passages that continue the one before ("I'm not happy about that").
 */
import { annotateSentence } from './annotate'
import { attributeSpeakers } from './attribution'
import { normalizeText, type NormalizedText } from './normalize'
import { segmentSentences } from './segment'
import type { Passage } from './passage'
import type { AccountKey } from './types'
import { CUSTOM, type Lenses } from './lens'
import { ANAPHORA, KIND_TOPICS } from './lexicons'
import type { Annotation } from './annotate'
import { startBudget, type Budget } from './budget'

export interface AnalyzedAccount {
  normalized: NormalizedText
  passages: Passage[]
  /** Words naming the account's sources ("yury", "ushakov"): who speaks, not what is said. */
  nameWords: Set<string>
}

/** What the pipeline reads into a passage it had no time to read: nothing, so it pairs with nothing. */
function unread(): Annotation {
  return {
    tokens: [],
    terms: [],
    topics: new Map(),
    named: new Set(),
    claims: [],
    modifiers: [],
    figures: [],
    claimWeight: 0,
    noise: new Set(),
    aboutTheTalks: false,
    negates: false,
  }
}

/** How often (in passages) the budget is asked: a clock read per passage would cost more than it saves. */
const BUDGET_CHECK_EVERY = 256

export function analyzeAccount(
  original: string,
  side: AccountKey,
  lenses: Lenses,
  budget: Budget = startBudget(),
  progress: (done: number) => void = () => {},
): AnalyzedAccount {
  const normalized = normalizeText(original)
  const text = normalized.text
  const spans = segmentSentences(text, () => budget.spent())
  let spent = budget.spent()
  const passages: Passage[] = spans.map((span, index) => {
    const slice = text.slice(span.start, span.end)
    if (index % BUDGET_CHECK_EVERY === 0) {
      spent = budget.spent()
      progress(index / spans.length)
    }
    // Past the budget the passages are still cut and shown, only not read: an approximate result.
    const annotation = spent ? unread() : annotateSentence(slice)
    return {
      id: `${side}${index}`,
      side,
      index,
      start: span.start,
      end: span.end,
      text: slice,
      paragraph: span.paragraph,
      annotation,
      // The reader's own keywords come first: they asked for them.
      topics: [
        ...(lenses.matchesCustom(annotation.tokens) ? [CUSTOM] : []),
        ...annotation.topics.keys(),
      ],
      topicsCarried: false,
      speaker: null,
      alignment: 'only-here',
      counterparts: [],
      moved: false,
    }
  })
  const { speakers, nameWords } = attributeSpeakers(
    passages.map((s) => ({ tokens: s.annotation.tokens, text: s.text })),
  )
  passages.forEach((s, k) => (s.speaker = speakers[k] ?? null))
  carryTopics(passages)
  for (const s of passages) if (s.topics.length === 0) s.topics = claimTopic(s.annotation)
  return { normalized, passages, nameWords }
}

/** For a passage that names no topic and continues none: the topic of the claim it makes ("It was
 * candid and concrete" is about the talks), else none. */
function claimTopic(annotation: Annotation): string[] {
  for (const c of annotation.claims) {
    const topic = KIND_TOPICS.get(c.kind)
    if (topic) return [topic]
  }
  return []
}

/**
 * Topics read in context: a topic only the fitting words suggest ("ceasefire", "war") is kept only
 * when some account names it outright ("Ukraine", "Kyiv"). Two accounts of an Israel–Iran truce speak
 * of a ceasefire without a word of Ukraine, and their ceasefire is no Ukraine topic. The topics of
 * what a passage claims (a verdict is about the call), the reader's own lens and the focus the reader
 * asked for are always kept.
 */
export function keepTopicsInContext(accounts: readonly AnalyzedAccount[], focus?: string): void {
  const named = new Set<string>([CUSTOM, ...(focus ? [focus] : [])])
  for (const account of accounts) {
    for (const s of account.passages) for (const t of s.annotation.named) named.add(t)
  }
  for (const account of accounts) {
    for (const s of account.passages) {
      // Most passages keep every topic they have: no lists are built for them.
      if (allIn(s.topics, named)) continue
      const own = claimTopic(s.annotation)
      const kept = s.topics.filter((t) => named.has(t) || own.includes(t))
      if (kept.length === s.topics.length) continue
      s.topics = kept.length ? kept : claimTopic(s.annotation)
      if (kept.length === 0) s.topicsCarried = false
    }
  }
}

function allIn(values: readonly string[], set: ReadonlySet<string>): boolean {
  for (const v of values) if (!set.has(v)) return false
  return true
}

/** How far into a sentence such a word still refers back. */
const ANAPHORA_WINDOW = 12

/** A sentence with no topic of its own that refers back to the one before it (same paragraph)
 * continues it: it takes that sentence's main topic (only the main one, so a side topic does not
 * spread down a paragraph). */
function carryTopics(passages: Passage[]): void {
  for (let k = 1; k < passages.length; k++) {
    const s = passages[k]!
    const prev = passages[k - 1]!
    // The words are read last: most passages have a topic of their own.
    if (
      s.topics.length === 0 &&
      prev.paragraph === s.paragraph &&
      prev.topics.length > 0 &&
      refersBack(s)
    ) {
      s.topics = [prev.topics[0]!]
      s.topicsCarried = true
    }
  }
}

function refersBack(s: Passage): boolean {
  const tokens = s.annotation.tokens
  for (let k = 0; k < tokens.length && k < ANAPHORA_WINDOW; k++) {
    if (ANAPHORA.has(tokens[k]!.word)) return true
  }
  return false
}
