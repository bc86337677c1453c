/**
 * Why two accounts diverge, in one plain sentence: the clash with both sides' words, what only one
 * side makes of a shared subject (a firmer wording, a claim, a name or a figure), or what one side
 * leaves out.
 */
import { isolateBidi } from './bidi-isolate'
import { CLASH_LEAD } from './clash'
import { claimWords } from './clash-words'
import type { DivergenceContext } from './divergence'
import { ANY_SUBJECT_KINDS, CLAIM_KINDS, claimRole, claimWeight } from './lexicons'
import type { Passage } from './passage'
import type { RankedCandidate } from './rank'
import { specificsOnly } from './specifics'
import { strongestClaimKind } from './strongest-claim'

/** The reader-facing name of the strongest claim the passages make ("a demand or condition"). */
function claimKindOf(passages: readonly Passage[]): string | null {
  const kind = strongestClaimKind(passages)
  if (!kind) return null
  return kind === 'figure' ? 'a figure' : withArticle(CLAIM_KINDS.get(kind)!.label)
}

const withArticle = (label: string) => (/^[aeiou]/i.test(label) ? `an ${label}` : `a ${label}`)

/** One side firm ("will begin immediately") where the other hedges or makes it conditional ("could
 * begin, hopefully soon"): not a contradiction, but what a correspondent notes first about a reframing. */
function firmAgainstHedged(candidate: RankedCandidate, la: string, lb: string): string | null {
  const cue = (passages: readonly Passage[], kinds: string[]) =>
    passages.flatMap((s) => s.annotation.modifiers).find((m) => kinds.includes(m.kind))
  for (const [x, y, lx, ly] of [
    [candidate.a, candidate.b, la, lb],
    [candidate.b, candidate.a, lb, la],
  ] as const) {
    const [strong, weak] = [cue(x, ['firm']), cue(y, ['hedge', 'condition'])]
    if (strong && weak && !cue(x, ['hedge', 'condition']) && !cue(y, ['firm'])) {
      const how = weak.kind === 'condition' ? 'on a condition' : 'as a possibility'
      return `Firm in ${lx} (“${isolateBidi(strong.cue)}”), ${how} in ${ly} (“${isolateBidi(weak.cue)}”).`
    }
  }
  return null
}

/** Claim kinds one side makes and the other does not, in the passages of a reframed pair. */
function addedKind(own: readonly Passage[], other: readonly Passage[]): string | null {
  const kinds = (list: readonly Passage[]) =>
    new Set(
      list.flatMap((s) =>
        s.annotation.claims.filter((c) => claimRole(c.kind) === 'claim').map((c) => c.kind),
      ),
    )
  const theirs = kinds(other)
  const extra = [...kinds(own)]
    .filter((k) => !theirs.has(k))
    .sort((x, y) => claimWeight(y) - claimWeight(x))[0]
  return extra ? withArticle(CLAIM_KINDS.get(extra)!.label) : null
}

/** A claim of a kind rare enough to pair on any subject (a warning) that both sides make: the pair is
 * that exchange, told by each ("will respond decisively" / "a grave error"), with each side's words. */
function sharedRareClaim(
  candidate: RankedCandidate,
): { kind: string; a: string; b: string } | null {
  const first = (passages: readonly Passage[], kind: string) => {
    for (const s of passages) {
      const claim = s.annotation.claims.find((c) => c.kind === kind)
      if (claim) return claimWords(s.text, claim)
    }
    return null
  }
  for (const kind of ANY_SUBJECT_KINDS) {
    const [a, b] = [first(candidate.a, kind), first(candidate.b, kind)]
    if (a && b) return { kind: withArticle(CLAIM_KINDS.get(kind)!.label), a, b }
  }
  return null
}

export function reasonFor(
  candidate: RankedCandidate,
  ctx: DivergenceContext,
  quoteA: string,
  quoteB: string,
): string {
  // Labels and quoted words are the reader's: isolated, so a right-to-left mark stays inside them.
  const [la, lb] = [isolateBidi(ctx.labels.a), isolateBidi(ctx.labels.b)]
  const q = isolateBidi
  switch (candidate.kind) {
    case 'contradicts': {
      const clash = candidate.clash
      if (!clash) return `The accounts clash. ${la}: “${q(quoteA)}” — ${lb}: “${q(quoteB)}”.`
      return `${CLASH_LEAD[clash.rule]}. ${la}: “${q(clash.a)}” — ${lb}: “${q(clash.b)}”.`
    }
    case 'reframed': {
      const firmness = firmAgainstHedged(candidate, la, lb)
      if (firmness) return firmness
      const shared = sharedRareClaim(candidate)
      if (shared) {
        const { kind, a, b } = shared
        return `Both make it ${kind}. ${la}: “${q(a)}” — ${lb}: “${q(b)}”.`
      }
      const extraA = addedKind(candidate.a, candidate.b)
      if (extraA) return `Both tell of it; only ${la} makes it ${extraA}.`
      const extraB = addedKind(candidate.b, candidate.a)
      if (extraB) return `Both tell of it; only ${lb} makes it ${extraB}.`
      const [namedA, namedB] = [
        specificsOnly(candidate.a, candidate.b, ctx.vocabulary.b),
        specificsOnly(candidate.b, candidate.a, ctx.vocabulary.a),
      ]
      const names = (list: string[]) => list.map((w) => `“${q(w)}”`).join(', ')
      if (namedA.length && namedB.length) {
        return `Both tell of it; only ${la} names ${names(namedA)}, only ${lb} ${names(namedB)}.`
      }
      if (namedA.length) return `Both tell of it; only ${la} names ${names(namedA)}.`
      if (namedB.length) return `Both tell of it; only ${lb} names ${names(namedB)}.`
      return `Both tell of it, in different words.`
    }
    case 'only-a':
    case 'only-b': {
      const [own, other, members, cut] =
        candidate.kind === 'only-a'
          ? [la, lb, candidate.a, ctx.cutOff.b]
          : [lb, la, candidate.b, ctx.cutOff.a]
      const what = claimKindOf(members)
      const silent = cut
        ? `${other} looks cut off and may be missing it`
        : `nothing on it in ${other}`
      return what ? `Only in ${own}: ${what}; ${silent}.` : `Only in ${own}; ${silent}.`
    }
  }
}
