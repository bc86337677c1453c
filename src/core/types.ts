/** How a passage relates to the other account. */
export type Alignment = 'shared' | 'reworded' | 'contradicts' | 'only-here'

/** Which account a passage belongs to: `a` is the first account, `b` the second. */
export type Side = 'a' | 'b'

/** Which of up to five accounts a passage belongs to, in the order given: `a`, `b`, `c`, `d`, `e`. */
export type AccountKey = 'a' | 'b' | 'c' | 'd' | 'e'

/** One account of the event, as the reader gave it. */
export interface Account {
  label: string
  text: string
}

/** A stretch of a passage's text, marked by jsdiff as present or absent in its counterpart. */
export interface WordPiece {
  /** Offset into the account's text (as passed in), inclusive. */
  start: number
  /** Offset into the account's text, exclusive. */
  end: number
  /** True when these words have no equal in the primary counterpart. */
  changed: boolean
}

/** Polarity of a claim toward the lens' question (e.g. progress): +1 yes, -1 no, 0 neutral. */
export type Polarity = -1 | 0 | 1

/** One passage (a sentence) of an account. */
export interface Segment {
  /** Stable id: side letter + index, e.g. `a3`. */
  id: string
  side: Side
  /** Offsets into the account's text exactly as passed in: `text.slice(start, end)` is the passage. */
  start: number
  end: number
  text: string
  /** Index of the paragraph the passage belongs to. */
  paragraph: number
  alignment: Alignment
  /** Ids of the passages on the other side that tell the same thing, best first. */
  counterparts: string[]
  /** Similarity to the best counterpart, 0..1. */
  similarity: number
  /** Topic ids (see lexicons/topics.json), strongest first. */
  topics: string[]
  /** Who speaks or is quoted, if the text says (e.g. "Trump", "Ushakov"). */
  speaker: string | null
  /** Claim cues found in the passage, with their polarity after negation. */
  claims: Claim[]
  /** True when the primary counterpart sits out of the order both accounts otherwise share. */
  moved: boolean
  /** The counterparts the reader linked by hand (see `CompareOptions.edits`); a subset of `counterparts`. */
  alignedByReader: string[]
  /** How sure the alignment is, 0..1: 1 for identical wording or a reader's link, lower for pairs
   * found by shared words only, lowest for pairs found by what they claim. 1 for `only-here`. */
  confidence: number
  /** jsdiff word marks against the primary counterpart; empty for `only-here`. */
  pieces: WordPiece[]
}

/** How firmly a claim is made: a firm word ("immediately"), a hedge ("possible") in its clause, a
 * condition ("if", "should … be reached") in its sentence, or asked of someone by a demand before it
 * in its clause ("must show willingness"). */
export type ClaimMode = 'firm' | 'hedged' | 'conditional' | 'demanded' | 'plain'

/** When a claim holds: what is to happen, history, or what the account says is or was so. */
export type ClaimTime = 'future' | 'past' | 'done'

/** A claim a passage makes, read from a cue: e.g. an outcome ("progress") negated by "didn't". */
export interface Claim {
  /** The claim kind from lexicons/claims.json, e.g. `assessment`, `progress`, `demand`. */
  kind: string
  /** The cue as written. */
  cue: string
  /** Where the cue starts and ends, relative to the passage. */
  offset: number
  end: number
  /** Stance after negation: +1 for, -1 against. */
  polarity: Polarity
  negated: boolean
  mode: ClaimMode
  time: ClaimTime
  /** Parties the claim's clause names (e.g. `russia`, or a name's last word), for who asks or is blamed. */
  parties: string[]
  /** The party nearest the cue, who the claim is about ("the Kiev regime" → `ukraine`), if any. */
  target: string | null
  /** The clause the claim sits in, as [start, end) offsets relative to the passage. */
  clause: [number, number]
}

export type DivergenceKind = 'contradicts' | 'reframed' | 'only-a' | 'only-b'

/** One specific claim the two accounts tell differently, with the passages that carry it. */
export interface Divergence {
  id: string
  /** Topic id, or `other`. */
  topic: string
  /** Reader-facing topic name, e.g. "Ukraine — progress". */
  topicLabel: string
  kind: DivergenceKind
  /** One line a reader can scan: what each side says. */
  summary: string
  /** Segment ids on side a / side b (at most three each), strongest first. */
  a: string[]
  b: string[]
  /** The key phrase quoted from each side, verbatim ('' for the silent side). */
  quoteA: string
  quoteB: string
  /** One plain sentence saying why the two sides diverge; for `contradicts` it names both sides' words. */
  reason: string
  /** Who speaks on each side, where attribution finds it (e.g. `Ushakov`, `Trump`). */
  speakers: { a?: string; b?: string }
  /** True when the divergence is on the focus topic. */
  focus: boolean
  /** Ranking score; higher leads. */
  score: number
}

/** A topic found in the accounts, with how many passages on each side carry it. */
export interface TopicCount {
  id: string
  label: string
  a: number
  b: number
}

/** Two passages, one in each account, each named by an offset inside it (into the text as passed in,
 * like `Segment.start`): a correction stays with its passage even if the text is later cut into passages differently. */
export interface PassagePair {
  a: number
  b: number
}

/** The reader's corrections to the automatic alignment. */
export interface AlignmentEdits {
  /** Pairs to align whatever their wording. */
  link?: PassagePair[]
  /** Pairs never to align. A pair in both lists is linked. */
  unlink?: PassagePair[]
}

export interface CompareOptions {
  /** Topic id to lead with (see `listTopics()`), or `custom` with `keywords`; when omitted, the
   * topic both accounts cover and diverge on most. */
  focus?: string
  /** The reader's own lens: passages containing any of these words (or phrases) form the topic
   * `custom`. Giving keywords without a focus makes the custom lens the focus. */
  keywords?: string[]
  /** The reader's corrections to the alignment; labels and divergences follow them. */
  edits?: AlignmentEdits
  /** Time budget in milliseconds. Past it, the remaining pairs are not diffed or cross-checked
   * and the result is marked `approximate`. */
  budgetMs?: number
  /** Called now and then with the share of the work done, 0..1. */
  onProgress?: (done: number) => void
  /** Clock for the budget, in milliseconds; defaults to `Date.now`. */
  now?: () => number
}

/** Which language each account seems to be in, and whether the lexicons cover it. */
export interface LanguageReport {
  /** BCP 47 primary tag guessed from script and function words, e.g. `en`, `ru`, or `und`. */
  a: string
  b: string
  /** True when topic and claim labels apply (English). When false, alignment and jsdiff marks still
   * work (character n-grams stand in for stems) but topics and claims are not read. */
  covered: boolean
  /** A plain sentence for the reader when something is not covered; '' otherwise. */
  note: string
}

export interface Comparison {
  segments: { a: Segment[]; b: Segment[] }
  /** Ranked, focus first. */
  divergences: Divergence[]
  /** The focus actually used (a topic id). */
  focus: string
  /** Reader-facing label of the focus lens, e.g. "Ukraine — progress". */
  focusLabel: string
  /** Topics found in either account, most frequent first. */
  topics: TopicCount[]
  /** True when both texts are identical after normalization. */
  identical: boolean
  /** True when the time budget ran out and part of the work was skipped. */
  approximate: boolean
  /** Whether each account looks cut off (its last passage stops mid-phrase): what it does not tell
   * may only be missing from the copy. */
  cutOff: { a: boolean; b: boolean }
  language: LanguageReport
}
