/**
 * The claims of a passage each clash rule looks at, picked out once per passage: the clash search
 * compares one passage with many others, and filtering its claims anew for every pair was most of the
 * search's time.
 */
import type { Annotation } from './annotate'
import { FUTURE } from './claims'
import claimsData from './lexicons/claims.json'
import { phraseStems } from './phrase-matcher'
import type { Claim } from './types'

/** The net stance of a passage's asserted claims of one kind, with the claim that carries it. */
export interface Stance {
  sign: number
  claim: Claim
}

export interface ClashClaims {
  /** Stance on the talks, and on what they achieved ('done' progress), or null when none or mixed. */
  verdict: Stance | null
  outcome: Stance | null
  willingness: Claim[]
  /** Accusations that lay a deed at a named party's door (blame rule). */
  blames: Claim[]
  /** Plain accusations as things stand (denial rule). */
  charges: Claim[]
  /** Plain denials of what was done ("reports … are denied", "baseless"): the answer to another
   * side's charge. None in a passage that speaks of what will or would be ("denied reports that the
   * curfew would be extended" answers no charge that the curfew was broken). */
  denials: Claim[]
  /** Assertions that the talks stopped, naming who stopped them (breakdown rule). */
  stops: Claim[]
  /** Progress, settlement and commitment claims said firmly, or on a condition (timing rule). */
  firm: Claim[]
  conditional: Claim[]
  /** Similarity term of each claim's cue, once asked for. */
  cueTerms: Map<Claim, string>
}

/** A cue's stems, as the lexicon lists are keyed: tokenized once per cue, since the clash search asks
 * for the same few cues for every pair of passages it compares. */
const cueKeys = new Map<string, string>()
export function cueKey(cue: string): string {
  let key = cueKeys.get(cue)
  if (key === undefined) cueKeys.set(cue, (key = phraseStems(cue).join(' ')))
  return key
}

/** Accusation cues that name-call ("regime", "brutal") rather than charge someone with a deed. */
const EPITHETS = new Set(claimsData.epithets.map((p) => phraseStems(p).join(' ')))
/** Outcome cues that say the talks themselves stopped, by their stems. */
export const BREAKDOWN = new Set(claimsData.breakdown.map((p) => phraseStems(p).join(' ')))

const TIMING_KINDS = new Set(['progress', 'settlement', 'commitment'])

/** Claims of a kind that the account asserts as so: not hedged, conditional or merely asked for. */
function isAsserted(c: Claim): boolean {
  return c.time !== 'past' && (c.mode === 'plain' || c.mode === 'firm')
}

function stanceOf(claims: readonly Claim[], kind: string, time?: Claim['time']): Stance | null {
  let sum = 0
  for (const c of claims) {
    if (c.kind === kind && isAsserted(c) && (!time || c.time === time)) sum += c.polarity
  }
  const sign = Math.sign(sum)
  if (!sign) return null
  const claim = claims.find(
    (c) => c.kind === kind && isAsserted(c) && (!time || c.time === time) && c.polarity === sign,
  )
  return claim ? { sign, claim } : null
}

function isBlame(c: Claim): boolean {
  return (
    c.kind === 'accusation' &&
    !!c.target &&
    !EPITHETS.has(cueKey(c.cue)) &&
    c.time === 'done' &&
    c.mode !== 'hedged' &&
    c.mode !== 'conditional'
  )
}

function readClashClaims({ claims, tokens }: Annotation): ClashClaims {
  const of = (test: (c: Claim) => boolean) => (claims.length ? claims.filter(test) : [])
  const ofADeed = (test: (c: Claim) => boolean) => {
    const found = of(test)
    return found.length && tokens.some((t) => FUTURE.has(t.word)) ? [] : found
  }
  return {
    verdict: stanceOf(claims, 'assessment'),
    outcome: stanceOf(claims, 'progress', 'done'),
    willingness: of((c) => c.kind === 'willingness'),
    blames: of(isBlame),
    charges: of(
      (c) => c.kind === 'accusation' && isAsserted(c) && c.time === 'done' && c.mode === 'plain',
    ),
    denials: ofADeed((c) => c.kind === 'denial' && isAsserted(c) && c.polarity > 0),
    stops: of(
      (c) =>
        c.kind === 'progress' &&
        isAsserted(c) &&
        c.polarity < 0 &&
        c.time === 'done' &&
        !!c.target &&
        BREAKDOWN.has(cueKey(c.cue)),
    ),
    firm: of((c) => c.mode === 'firm' && TIMING_KINDS.has(c.kind)),
    conditional: of((c) => c.mode === 'conditional' && TIMING_KINDS.has(c.kind)),
    cueTerms: new Map(),
  }
}

const byAnnotation = new WeakMap<Annotation, ClashClaims>()

/** The passage's claims as the clash rules sort them, read on first asking. */
export function clashClaims(annotation: Annotation): ClashClaims {
  let found = byAnnotation.get(annotation)
  if (!found) byAnnotation.set(annotation, (found = readClashClaims(annotation)))
  return found
}

/** The similarity term of a claim's cue word, so "negotiations" meets "negotiate". */
export function cueTerm(annotation: Annotation, claim: Claim): string {
  const terms = clashClaims(annotation).cueTerms
  let term = terms.get(claim)
  if (term === undefined) {
    term = annotation.tokens.find((t) => t.start === claim.offset)?.term ?? claim.cue.toLowerCase()
    terms.set(claim, term)
  }
  return term
}
