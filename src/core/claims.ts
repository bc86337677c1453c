/**
 * Reads a passage into claims: what kind of claim each cue makes (lexicons/claims.json), with which
 * stance after negation, how firmly (a hedge or firm word in the same clause, a condition anywhere in
 * the sentence), when (what is to happen vs what is or was so), and which parties its clause names.
 * Two accounts' claims are then compared by kind and subject, even when they share no word.
 */
import claimsData from './lexicons/claims.json'
import { PERSONAL_PRONOUNS, claimRole, claimMatcher, type ClaimCue } from './lexicons'
import { PhraseMatcher, phraseStems } from './phrase-matcher'
import { partyOf } from './parties'
import type { Token } from './tokenize'
import type { Claim, ClaimMode, ClaimTime, Polarity } from './types'

/** Marks that end a clause: modifiers and parties stay inside their clause. */
const CLAUSE_BREAK = /[,;:()—–“”"…]|\.\.\.|\s-\s/

/** Whether the text between two words ends a clause. Most gaps are one space, which cannot: they
 * are told apart without slicing the text. */
function breaksClause(text: string, from: number, to: number): boolean {
  if (to - from <= 1 && (to === from || text.charCodeAt(from) === 32)) return false
  return CLAUSE_BREAK.test(text.slice(from, to))
}

/** Words that put what follows in the future ("will begin", "are to be held", "next week"). */
export const FUTURE = new Set([
  'will',
  'shall',
  'going',
  'next',
  'soon',
  'would',
  'plan',
  'plans',
  'intend',
])
/** How far before a cue a future marker still applies. */
const FUTURE_WINDOW = 5

interface Clause {
  from: number
  to: number
}

/** Token ranges of the clauses of a sentence. */
function clausesOf(tokens: readonly Token[], text: string): Clause[] {
  const clauses: Clause[] = []
  let from = 0
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || breaksClause(text, tokens[i - 1]!.end, tokens[i]!.start)) {
      clauses.push({ from, to: i })
      from = i
    }
  }
  return clauses
}

function clauseAt(clauses: readonly Clause[], index: number): Clause {
  return clauses.find((c) => index >= c.from && index < c.to) ?? { from: index, to: index + 1 }
}

/** A lexicon cue where it was found: tokens `from` to `to`. */
interface Cue extends ClaimCue {
  from: number
  to: number
}

function modeOf(
  cue: Cue,
  clause: Clause,
  modifiers: readonly Cue[],
  demands: readonly Cue[],
): ClaimMode {
  // "must show willingness", "urged Russia to de-escalate": asked of someone, so not yet so.
  if (cue.kind !== 'demand' && demands.some((d) => d.from >= clause.from && d.to <= cue.from)) {
    return 'demanded'
  }
  if (modifiers.some((m) => m.kind === 'condition')) return 'conditional'
  const inClause = modifiers.filter((m) => m.from >= clause.from && m.to <= clause.to)
  if (inClause.some((m) => m.kind === 'hedge')) return 'hedged'
  if (inClause.some((m) => m.kind === 'firm')) return 'firm'
  return 'plain'
}

/** Phrases that say what a clause aims at ("to help restore the ceasefire"): what follows is not yet so. */
const intentMatcher = new PhraseMatcher<true>()
for (const phrase of claimsData.intent) intentMatcher.add(phrase, true)
/** Phrases that put a clause in an earlier time ("last year"). */
const pastMatcher = new PhraseMatcher<true>()
for (const phrase of claimsData.past) pastMatcher.add(phrase, true)

function timeOf(
  cue: Cue,
  clause: Clause,
  tokens: readonly Token[],
  historical: boolean,
  intents: readonly { from: number; to: number }[],
  past: readonly { from: number; to: number }[],
): ClaimTime {
  if (historical || past.some((p) => p.from >= clause.from && p.to <= clause.to)) return 'past'
  if (intents.some((i) => i.from >= clause.from && i.to <= cue.from)) return 'future'
  const from = Math.max(clause.from, cue.from - FUTURE_WINDOW)
  for (let k = from; k < cue.to; k++) {
    const word = tokens[k]!.word
    if (FUTURE.has(word)) return 'future'
    // "are to be held", "is to begin"
    if (
      (word === 'to' || word === 'be') &&
      k > 0 &&
      /^(?:is|are|was|were)$/.test(tokens[k - 1]!.word)
    ) {
      return 'future'
    }
  }
  return 'done'
}

/** How far from its cue the party a claim is about may stand ("NATO's long-standing aggressive policy"). */
const TARGET_WINDOW = 4

/** Cues whose party follows them ("blames the impasse on Ukraine", "urged Russia"), by their stems. */
const OBJECT_FIRST = new Set(claimsData.object_first.map((p) => phraseStems(p).join(' ')))

/** The party token `k` names when it stands inside the clause, else null. */
function partyInClause(tokens: readonly Token[], k: number, clause: Clause): string | null {
  return k < clause.from || k >= clause.to ? null : partyOf(tokens, k)
}

/** The party nearest the cue inside its clause: for most cues the one before it first ("the Kiev
 * regime", "Russian war of aggression"), else after it ("provocations by Ukrainian troops"). Plain
 * loops: every claim of every passage asks. */
function targetOf(tokens: readonly Token[], cue: Cue, clause: Clause): string | null {
  // A cue that names its party after it looks there first, wholly.
  if (OBJECT_FIRST.has(cue.key)) {
    for (let d = 0; d < TARGET_WINDOW; d++) {
      const party = partyInClause(tokens, cue.to + d, clause)
      if (party) return party
    }
    for (let d = 0; d < TARGET_WINDOW; d++) {
      const party = partyInClause(tokens, cue.from - 1 - d, clause)
      if (party) return party
    }
    return null
  }
  // Nearest first on each side.
  for (let d = 0; d < TARGET_WINDOW; d++) {
    const party =
      partyInClause(tokens, cue.from - 1 - d, clause) || partyInClause(tokens, cue.to + d, clause)
    if (party) return party
  }
  return null
}

function partiesIn(tokens: readonly Token[], clause: Clause): string[] {
  const found = new Set<string>()
  for (let k = clause.from; k < clause.to; k++) {
    const party = partyOf(tokens, k)
    if (party) found.add(party)
  }
  return [...found]
}

/** Claims of a sentence, given its tokens, its text and which tokens a negation covers. */
/** A word that qualifies the claims around it: a hedge ("possible"), a condition ("if"), a firm word
 * ("immediately"), as written. */
export interface Modifier {
  kind: 'hedge' | 'condition' | 'firm'
  cue: string
}

/** Verdicts on the talks that are feelings ("pleased", "not happy"), by their stems (claims.json
 * `felt`). */
const FELT = new Set(claimsData.felt.map((p) => phraseStems(p).join(' ')))

/** Whether a feeling in a passage not about the talks is someone's: a pronoun or a named party
 * before it in its clause ("I'm not happy about that"), not "farmers are unhappy with grain prices". */
function heldByPerson(tokens: readonly Token[], cue: Cue, clause: Clause): boolean {
  for (let k = clause.from; k < cue.from; k++) {
    if (PERSONAL_PRONOUNS.has(tokens[k]!.word) || partyOf(tokens, k)) return true
  }
  return false
}

/** A cue as written. */
function cueText(text: string, tokens: readonly Token[], c: Cue): string {
  return text.slice(tokens[c.from]!.start, tokens[c.to - 1]!.end)
}

export function readClaims(
  tokens: readonly Token[],
  text: string,
  negated: Set<number>,
  aboutTheTalks: boolean,
): { claims: Claim[]; modifiers: Modifier[] } {
  const hits = claimMatcher.match(tokens)
  // Most sentences carry no cue: nothing more to build for them.
  if (hits.length === 0) return { claims: [], modifiers: [] }
  const cues: Cue[] = hits
    .filter((hit) => claimRole(hit.entry.kind) !== 'idiom')
    .map((hit) => ({ ...hit.entry, from: hit.from, to: hit.to }))
  if (cues.length === 0) return { claims: [], modifiers: [] }
  const modifiers = cues.filter((c) => claimRole(c.kind) === 'modifier')
  const historical = cues.some((c) => c.kind === 'history')
  const demands = cues.filter((c) => c.kind === 'demand')
  const intents = intentMatcher.match(tokens)
  const past = pastMatcher.match(tokens)
  const clauses = clausesOf(tokens, text)
  const claims: Claim[] = []
  for (const cue of cues) {
    if (claimRole(cue.kind) === 'modifier') continue
    if (cue.contextual && !aboutTheTalks) continue
    const clause = clauseAt(clauses, cue.from)
    if (
      cue.kind === 'assessment' &&
      !aboutTheTalks &&
      FELT.has(cue.key) &&
      !heldByPerson(tokens, cue, clause)
    ) {
      continue
    }
    const isNegated = !cue.selfNegated && negated.has(cue.from)
    claims.push({
      kind: cue.kind,
      cue: cueText(text, tokens, cue),
      offset: tokens[cue.from]!.start,
      end: tokens[cue.to - 1]!.end,
      polarity: (isNegated ? -cue.polarity : cue.polarity) as Polarity,
      negated: isNegated || cue.selfNegated,
      mode: modeOf(cue, clause, modifiers, demands),
      time: timeOf(cue, clause, tokens, historical && cue.kind !== 'history', intents, past),
      parties: partiesIn(tokens, clause),
      target: targetOf(tokens, cue, clause),
      clause: [tokens[clause.from]!.start, tokens[clause.to - 1]!.end],
    })
  }
  return {
    claims,
    modifiers: modifiers.map((m) => ({
      kind: m.kind as Modifier['kind'],
      cue: cueText(text, tokens, m),
    })),
  }
}
