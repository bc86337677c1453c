/**
 * When two passages contradict each other: opposing claims of the same kind, on the same subject and
 * the same time (after de Marneffe et al., 2008, "Finding contradictions in text"). A word negated
 * on one side only is no contradiction; neither is firm against hedged wording of one position, or
 * what was against what will be. Each clash names its rule and the words that clash on each side.
 */
import { claimWords } from './clash-words'
import { sameObject, sharesTopic, sharesWords, type ClaimView } from './clash-subject'
import {
  BREAKDOWN,
  clashClaims,
  cueKey,
  cueTerm,
  type ClashClaims,
  type Stance,
} from './clash-claims'
import type { Claim } from './types'

export type { ClaimView } from './clash-subject'

export type ClashRule =
  'assessment' | 'outcome' | 'willingness' | 'blame' | 'denial' | 'figure' | 'timing'

export interface Clash {
  rule: ClashRule
  /** The words that clash in the first and the second passage, verbatim. */
  a: string
  b: string
  /** How sure the clash is, 0..1: the strongest rules first. */
  strength: number
}

/** What a reader is told about each rule: the lead of the reason sentence. */
export const CLASH_LEAD: Record<ClashRule, string> = {
  assessment: 'Opposite verdicts on the talks',
  outcome: 'Opposite accounts of the outcome',
  willingness: 'Opposite accounts of who is willing',
  blame: 'Each side blames a different party',
  denial: 'One side asserts what the other denies',
  figure: 'Different figures for the same thing',
  timing: 'Immediate on one side, conditional on the other',
}

/** The kind of claim each rule sets against another: what heads a clash with no topic. */
export const CLASH_CLAIM: Record<ClashRule, string> = {
  assessment: 'assessment',
  outcome: 'progress',
  willingness: 'willingness',
  blame: 'accusation',
  denial: 'accusation',
  figure: 'figure',
  timing: 'settlement',
}

/** Whether a clash key stands for a content word rather than a topic or a party. */
export const isWordKey = (key: string) => key.includes(':~')

/** Whether two stances oppose each other. */
function opposite(sx: Stance | null, sy: Stance | null): sx is Stance {
  return !!sx && !!sy && sx.sign * sy.sign < 0
}

/** The words of a clash, quoted from each side. */
function quoteBoth(x: ClaimView, cx: Claim, y: ClaimView, cy: Claim): [string, string] {
  return [claimWords(x.text, cx), claimWords(y.text, cy)]
}

function clash(
  rule: ClashRule,
  strength: number,
  x: ClaimView,
  cx: Claim,
  y: ClaimView,
  cy: Claim,
): Clash {
  // The quoted words are read when first asked for: most clashes found are dropped unread (a passage
  // keeps its two strongest).
  let words: [string, string] | undefined
  return {
    rule,
    get a() {
      return (words ??= quoteBoth(x, cx, y, cy))[0]
    },
    get b() {
      return (words ??= quoteBoth(x, cx, y, cy))[1]
    },
    strength,
  }
}

/** Whether the claim names the party, as its target or in its clause. */
function namesParty(c: Claim, party: string): boolean {
  return (c.target ? c.target === party : false) || c.parties.includes(party)
}

/** Whether two claims name a party in common. */
function sameParty(cx: Claim, cy: Claim): boolean {
  if (cx.target && namesParty(cy, cx.target)) return true
  for (const p of cx.parties) if (namesParty(cy, p)) return true
  return false
}

/** A willingness claim's stance: asked for counts as lacking, hedged as neither. */
function willingnessSign(c: Claim): number {
  return c.mode === 'demanded' ? -1 : c.mode === 'hedged' ? 0 : c.polarity
}

/** Willingness asserted on one side against willingness denied, or asked for, on the other, of the
 * same party: "would not negotiate" / "ready to negotiate"; "must show willingness" / "still open". */
function willingnessClash(x: ClaimView, y: ClaimView, xs: ClashClaims, ys: ClashClaims) {
  for (const cx of xs.willingness) {
    for (const cy of ys.willingness) {
      if (willingnessSign(cx) * willingnessSign(cy) >= 0) continue
      if (sameParty(cx, cy) && sharesTopic(x, y) && sameObject(x, cx, y, cy)) {
        return clash('willingness', 0.75, x, cx, y, cy)
      }
    }
  }
  return null
}

/** Both sides blame, on the same subject, and each names a different culprit; strongest when both
 * name the same charge. */
function blameClash(x: ClaimView, y: ClaimView, xs: ClashClaims, ys: ClashClaims) {
  if (xs.blames.length === 0 || ys.blames.length === 0 || !sharesTopic(x, y)) return null
  let found: Clash | null = null
  for (const cx of xs.blames) {
    for (const cy of ys.blames) {
      if (cx.target === cy.target) continue
      // One charge laid at two doors ("Israel violated it" / "Iran's blatant violation") is the
      // surest sign both speak of one deed, if the deed is one: "blamed Ukraine for the shelling" and
      // "blamed Russia for the deportations" are two charges.
      if (cueTerm(x.annotation, cx) === cueTerm(y.annotation, cy)) {
        if (sameObject(x, cx, y, cy)) return clash('blame', 0.75, x, cx, y, cy)
        continue
      }
      found ??= clash('blame', 0.7, x, cx, y, cy)
    }
  }
  return found
}

/** One charge asserted on one side and denied on the other, on one subject and as things stand:
 * "found to be discriminatory" / "a transparent and non-discriminatory one". The same cue word on
 * both sides, both asserted: a charge negated in passing elsewhere ("not a matter of aggression but
 * of…") is hedged or on another subject, and is left alone. */
function denialClash(x: ClaimView, y: ClaimView, xs: ClashClaims, ys: ClashClaims) {
  if (xs.charges.length === 0 || ys.charges.length === 0 || !sharesTopic(x, y)) return null
  for (const cx of xs.charges) {
    for (const cy of ys.charges) {
      if (cx.polarity !== cy.polarity && cueTerm(x.annotation, cx) === cueTerm(y.annotation, cy)) {
        return clash('denial', 0.7, x, cx, y, cy)
      }
    }
  }
  return null
}

/** A charge on one side that the other denies in so many words, of one deed: "Iran's blatant
 * violation of the ceasefire … the launch of missiles" / "reports that missiles were launched from
 * Iran after the ceasefire … are denied". Sharing a region is not enough; the words must meet. */
function deniedCharge(x: ClaimView, y: ClaimView, xs: ClashClaims, ys: ClashClaims) {
  const charged = xs.charges.find((c) => c.polarity > 0)
  if (charged && ys.denials.length > 0 && sharesWords(x, y)) {
    return clash('denial', 0.7, x, charged, y, ys.denials[0]!)
  }
  const denied = ys.charges.find((c) => c.polarity > 0)
  if (denied && xs.denials.length > 0 && sharesWords(x, y)) {
    return clash('denial', 0.7, x, xs.denials[0]!, y, denied)
  }
  return null
}

/** Both accounts tell that the talks stopped, and each names a different party at it: "suspended
 * after the union presented its proposal" / "the studios walked away from the bargaining table". */
function breakdownClash(x: ClaimView, y: ClaimView, xs: ClashClaims, ys: ClashClaims) {
  if (!x.annotation.aboutTheTalks || !y.annotation.aboutTheTalks) return null
  for (const cx of xs.stops) {
    for (const cy of ys.stops) {
      if (cx.target !== cy.target) return clash('blame', 0.65, x, cx, y, cy)
    }
  }
  return null
}

const MONEY = new Set(['usd', 'eur', 'gbp', 'yen', 'cent'])

/** Two figures for the same measure ("would cost $800 million a year" / "would cost less than 57¢
 * per subscriber") that are not the same number. */
function figureClash(x: ClaimView, y: ClaimView): Clash | null {
  if (x.annotation.figures.length === 0 || y.annotation.figures.length === 0) return null
  // Passages on different known topics measure different things, whatever the measure word.
  const topicsApart = x.topics.length > 0 && y.topics.length > 0 && !sharesTopic(x, y)
  if (topicsApart) return null
  for (const fx of x.annotation.figures) {
    for (const fy of y.annotation.figures) {
      if (!fx.measure || fx.measure !== fy.measure) continue
      const comparable = fx.unit === fy.unit || (MONEY.has(fx.unit) && MONEY.has(fy.unit))
      const differ = Math.abs(fx.value - fy.value) > 0.1 * Math.max(fx.value, fy.value)
      if (comparable && (differ || fx.unit !== fy.unit)) {
        return { rule: 'figure', a: fx.text, b: fy.text, strength: 0.7 }
      }
    }
  }
  return null
}

/** The first of p's firm claims that q makes only on a condition, with that condition. */
function firmAgainstConditional(p: ClaimView, q: ClaimView, ps: ClashClaims, qs: ClashClaims) {
  for (const firm of ps.firm) {
    const term = cueTerm(p.annotation, firm)
    const cond = qs.conditional.find((c) => cueTerm(q.annotation, c) === term)
    if (cond) return { firm, cond }
  }
  return null
}

/** The same thing promised at once on one side and only on a condition on the other: "immediately
 * start negotiations toward a ceasefire" / "a possible temporary ceasefire, should agreements be
 * reached". A hedge alone ("a settlement is possible") is not a condition. */
function timingClash(x: ClaimView, y: ClaimView, xs: ClashClaims, ys: ClashClaims) {
  const here = firmAgainstConditional(x, y, xs, ys)
  if (here) return clash('timing', 0.6, x, here.firm, y, here.cond)
  const there = firmAgainstConditional(y, x, ys, xs)
  return there ? clash('timing', 0.6, x, there.cond, y, there.firm) : null
}

/** Why two passages contradict each other, or null when they do not. */
export function clashBetween(x: ClaimView, y: ClaimView): Clash | null {
  const [xs, ys] = [clashClaims(x.annotation), clashClaims(y.annotation)]
  if (opposite(xs.verdict, ys.verdict)) {
    return clash('assessment', 1, x, xs.verdict.claim, y, ys.verdict!.claim)
  }
  // Outcome words only ("agreed", "no progress"): "no simple solution to complex issues" speaks of a
  // settlement, not of what the talks achieved. And of one thing: "agreed on a prisoner exchange" and
  // "no agreement on a ceasefire" are two outcomes on one topic.
  if (
    opposite(xs.outcome, ys.outcome) &&
    sharesTopic(x, y) &&
    sameObject(x, xs.outcome.claim, y, ys.outcome!.claim)
  ) {
    return clash('outcome', 0.85, x, xs.outcome.claim, y, ys.outcome!.claim)
  }
  return (
    willingnessClash(x, y, xs, ys) ??
    blameClash(x, y, xs, ys) ??
    breakdownClash(x, y, xs, ys) ??
    denialClash(x, y, xs, ys) ??
    deniedCharge(x, y, xs, ys) ??
    figureClash(x, y) ??
    timingClash(x, y, xs, ys)
  )
}

/** Adds a key for each thing the passage's claims may be compared on: its topics, and its content
 * words (marked `~`, so a word's bucket can be capped more tightly than a topic's: common words say
 * little). */
function addSubjectKeys(keys: Set<string>, prefix: string, view: ClaimView): void {
  for (const t of view.topics) keys.add(`${prefix}:${t}`)
  for (const t of view.annotation.terms) keys.add(`${prefix}:~${t}`)
}

/** The kinds a clash can be found on, for indexing passages by what they might clash over. */
export function clashKeys(view: ClaimView): string[] {
  const keys = new Set<string>()
  for (const c of view.annotation.claims) {
    if (c.kind === 'assessment') keys.add('assessment')
    else if (c.kind === 'progress' || c.kind === 'accusation') addSubjectKeys(keys, c.kind, view)
    // A denial meets the charges it may answer.
    else if (c.kind === 'denial') addSubjectKeys(keys, 'accusation', view)
    else if (c.kind === 'willingness') {
      if (c.target) keys.add(`willingness:${c.target}`)
      for (const p of c.parties) keys.add(`willingness:${p}`)
      if (!c.target && c.parties.length === 0) addSubjectKeys(keys, 'willingness', view)
    }
    if (c.mode === 'firm' || c.mode === 'conditional') {
      keys.add(`timing:${cueTerm(view.annotation, c)}`)
    }
    if (c.target && BREAKDOWN.has(cueKey(c.cue))) keys.add('breakdown')
  }
  for (const f of view.annotation.figures) if (f.measure) keys.add(`figure:${f.measure}`)
  return [...keys]
}
