/**
 * When two passages contradict each other: opposing claims of the same kind, on the same subject and
 * the same time (after de Marneffe et al., 2008, "Finding contradictions in text"). A word negated
 * on one side only is no contradiction; neither is firm against hedged wording of one position, or
 * what was against what will be. Each clash names its rule and the words that clash on each side.
 */
import { claimWords } from './clash-words'
import { sharesTopic, type ClaimView } from './clash-subject'
import claimsData from './lexicons/claims.json'
import { phraseStems } from './phrase-matcher'
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

/** What a passage's claims may be compared on: its topics, and its content words (marked `~`, so a
 * word's bucket can be capped more tightly than a topic's: common words say little). */
const subjectsOf = (v: ClaimView) =>
  [...v.topics, ...new Set(v.annotation.terms)].map((t, k) => (k < v.topics.length ? t : `~${t}`))

/** Whether a clash key stands for a content word rather than a topic or a party. */
export const isWordKey = (key: string) => key.includes(':~')

/** Claims of a kind that the account asserts as so: not hedged, conditional or merely asked for. */
function asserted(view: ClaimView, kind: string): Claim[] {
  return view.annotation.claims.filter(
    (c) => c.kind === kind && c.time !== 'past' && (c.mode === 'plain' || c.mode === 'firm'),
  )
}

/** The net stance of a passage's asserted claims of one kind, with the claim that carries it. */
function stance(
  view: ClaimView,
  kind: string,
  time?: Claim['time'],
): { sign: number; claim: Claim } | null {
  const claims = asserted(view, kind).filter((c) => !time || c.time === time)
  const sign = Math.sign(claims.reduce((sum, c) => sum + c.polarity, 0))
  const claim = claims.find((c) => c.polarity === sign)
  return sign && claim ? { sign, claim } : null
}

function opposite(x: ClaimView, y: ClaimView, kind: string, time?: Claim['time']) {
  const [sx, sy] = [stance(x, kind, time), stance(y, kind, time)]
  return sx && sy && sx.sign * sy.sign < 0 ? { x: sx.claim, y: sy.claim } : null
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
  const quote = () => (words ??= [claimWords(x.text, cx), claimWords(y.text, cy)])
  return {
    rule,
    get a() {
      return quote()[0]
    },
    get b() {
      return quote()[1]
    },
    strength,
  }
}

/** The similarity term of a claim's cue word, so "negotiations" meets "negotiate". */
function cueTerm(view: ClaimView, claim: Claim): string {
  return (
    view.annotation.tokens.find((t) => t.start === claim.offset)?.term ?? claim.cue.toLowerCase()
  )
}

const partiesOf = (c: Claim) => (c.target ? [c.target, ...c.parties] : c.parties)

/** Willingness asserted on one side against willingness denied, or asked for, on the other, of the
 * same party: "would not negotiate" / "ready to negotiate"; "must show willingness" / "still open". */
function willingnessClash(x: ClaimView, y: ClaimView): Clash | null {
  const claims = (v: ClaimView) => v.annotation.claims.filter((c) => c.kind === 'willingness')
  for (const cx of claims(x)) {
    for (const cy of claims(y)) {
      const sx = cx.mode === 'demanded' ? -1 : cx.mode === 'hedged' ? 0 : cx.polarity
      const sy = cy.mode === 'demanded' ? -1 : cy.mode === 'hedged' ? 0 : cy.polarity
      if (sx * sy >= 0) continue
      const px = partiesOf(cx)
      const sameParty = px.some((p) => partiesOf(cy).includes(p))
      if (sameParty && sharesTopic(x, y)) {
        return clash('willingness', 0.75, x, cx, y, cy)
      }
    }
  }
  return null
}

/** A cue's stems, as the lexicon lists are keyed: tokenized once per cue, since the clash search asks
 * for the same few cues for every pair of passages it compares. */
const cueKeys = new Map<string, string>()
function cueKey(cue: string): string {
  let key = cueKeys.get(cue)
  if (key === undefined) cueKeys.set(cue, (key = phraseStems(cue).join(' ')))
  return key
}

/** Accusation cues that name-call ("regime", "brutal") rather than charge someone with a deed. */
const EPITHETS = new Set(claimsData.epithets.map((p) => phraseStems(p).join(' ')))

/** Both sides blame, on the same subject, and each names a different culprit; strongest when both
 * name the same charge. */
function blameClash(x: ClaimView, y: ClaimView): Clash | null {
  if (!sharesTopic(x, y)) return null
  const blames = (v: ClaimView) =>
    v.annotation.claims.filter(
      (c) =>
        c.kind === 'accusation' &&
        c.target &&
        !EPITHETS.has(cueKey(c.cue)) &&
        c.time === 'done' &&
        c.mode !== 'hedged' &&
        c.mode !== 'conditional',
    )
  let found: Clash | null = null
  for (const cx of blames(x)) {
    for (const cy of blames(y)) {
      if (cx.target === cy.target) continue
      // One charge laid at two doors ("Israel violated it" / "Iran's blatant violation") is the
      // surest sign both speak of one deed.
      if (cueTerm(x, cx) === cueTerm(y, cy)) return clash('blame', 0.75, x, cx, y, cy)
      found ??= clash('blame', 0.7, x, cx, y, cy)
    }
  }
  return found
}

/** One charge asserted on one side and denied on the other, on one subject and as things stand:
 * "found to be discriminatory" / "a transparent and non-discriminatory one". The same cue word on
 * both sides, both asserted: a charge negated in passing elsewhere ("not a matter of aggression but
 * of…") is hedged or on another subject, and is left alone. */
function denialClash(x: ClaimView, y: ClaimView): Clash | null {
  if (!sharesTopic(x, y)) return null
  const charges = (v: ClaimView) =>
    asserted(v, 'accusation').filter((c) => c.time === 'done' && c.mode === 'plain')
  for (const cx of charges(x)) {
    for (const cy of charges(y)) {
      if (cx.polarity !== cy.polarity && cueTerm(x, cx) === cueTerm(y, cy)) {
        return clash('denial', 0.7, x, cx, y, cy)
      }
    }
  }
  return null
}

/** Outcome cues that say the talks themselves stopped, by their stems. */
const BREAKDOWN = new Set(claimsData.breakdown.map((p) => phraseStems(p).join(' ')))

/** Both accounts tell that the talks stopped, and each names a different party at it: "suspended
 * after the union presented its proposal" / "the studios walked away from the bargaining table". */
function breakdownClash(x: ClaimView, y: ClaimView): Clash | null {
  const stops = (v: ClaimView) =>
    asserted(v, 'progress').filter(
      (c) => c.polarity < 0 && c.time === 'done' && c.target && BREAKDOWN.has(cueKey(c.cue)),
    )
  const [sx, sy] = [stops(x), stops(y)]
  if (
    sx.length === 0 ||
    sy.length === 0 ||
    !x.annotation.aboutTheTalks ||
    !y.annotation.aboutTheTalks
  ) {
    return null
  }
  for (const cx of sx) {
    for (const cy of sy) {
      if (cx.target !== cy.target) return clash('blame', 0.65, x, cx, y, cy)
    }
  }
  return null
}

const isMoney = (unit: string) => ['usd', 'eur', 'gbp', 'yen', 'cent'].includes(unit)

/** Two figures for the same measure ("would cost $800 million a year" / "would cost less than 57¢
 * per subscriber") that are not the same number. */
function figureClash(x: ClaimView, y: ClaimView): Clash | null {
  // Passages on different known topics measure different things, whatever the measure word.
  const topicsApart = x.topics.length > 0 && y.topics.length > 0 && !sharesTopic(x, y)
  if (topicsApart) return null
  for (const fx of x.annotation.figures) {
    for (const fy of y.annotation.figures) {
      if (!fx.measure || fx.measure !== fy.measure) continue
      const comparable = fx.unit === fy.unit || (isMoney(fx.unit) && isMoney(fy.unit))
      const differ = Math.abs(fx.value - fy.value) > 0.1 * Math.max(fx.value, fy.value)
      if (comparable && (differ || fx.unit !== fy.unit)) {
        return { rule: 'figure', a: fx.text, b: fy.text, strength: 0.7 }
      }
    }
  }
  return null
}

/** The same thing promised at once on one side and only on a condition on the other: "immediately
 * start negotiations toward a ceasefire" / "a possible temporary ceasefire, should agreements be
 * reached". A hedge alone ("a settlement is possible") is not a condition. */
function timingClash(x: ClaimView, y: ClaimView): Clash | null {
  const byCue = (v: ClaimView, mode: Claim['mode']) =>
    v.annotation.claims.filter(
      (c) => c.mode === mode && ['progress', 'settlement', 'commitment'].includes(c.kind),
    )
  for (const [p, q, flip] of [
    [x, y, false],
    [y, x, true],
  ] as const) {
    for (const firm of byCue(p, 'firm')) {
      const cond = byCue(q, 'conditional').find((c) => cueTerm(q, c) === cueTerm(p, firm))
      if (!cond) continue
      return flip ? clash('timing', 0.6, x, cond, y, firm) : clash('timing', 0.6, x, firm, y, cond)
    }
  }
  return null
}

/** Why two passages contradict each other, or null when they do not. */
export function clashBetween(x: ClaimView, y: ClaimView): Clash | null {
  const verdict = opposite(x, y, 'assessment')
  if (verdict) return clash('assessment', 1, x, verdict.x, y, verdict.y)
  // Outcome words only ("agreed", "no progress"): "no simple solution to complex issues" speaks of a
  // settlement, not of what the talks achieved.
  if (sharesTopic(x, y)) {
    const outcome = opposite(x, y, 'progress', 'done')
    if (outcome) return clash('outcome', 0.85, x, outcome.x, y, outcome.y)
  }
  return (
    willingnessClash(x, y) ??
    blameClash(x, y) ??
    breakdownClash(x, y) ??
    denialClash(x, y) ??
    figureClash(x, y) ??
    timingClash(x, y)
  )
}

/** The kinds a clash can be found on, for indexing passages by what they might clash over. */
export function clashKeys(view: ClaimView): string[] {
  const keys = new Set<string>()
  for (const c of view.annotation.claims) {
    if (c.kind === 'assessment') keys.add('assessment')
    else if (c.kind === 'progress' || c.kind === 'accusation') {
      subjectsOf(view).forEach((t) => keys.add(`${c.kind}:${t}`))
    } else if (c.kind === 'willingness') {
      const parties = partiesOf(c)
      ;(parties.length ? parties : subjectsOf(view)).forEach((p) => keys.add(`willingness:${p}`))
    }
    if (c.mode === 'firm' || c.mode === 'conditional') keys.add(`timing:${cueTerm(view, c)}`)
    if (c.target && BREAKDOWN.has(cueKey(c.cue))) keys.add('breakdown')
  }
  for (const f of view.annotation.figures) if (f.measure) keys.add(`figure:${f.measure}`)
  return [...keys]
}
