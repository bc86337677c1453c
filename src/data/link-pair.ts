import {
  checkRanges,
  createRange,
  toLinkCorrections,
  type LinkLens,
  type LinkRange,
  type LinkState,
  type PastedAccount,
  type PastedLinkState,
  type ReaderCorrections,
} from '../core'
import { correctionCount, NO_CORRECTIONS } from '../lib/alignment-corrections'
import type { TextSpan } from '../lib/selection-offsets'
import type { AccountPair, SourcedAccount } from './pair'
import type { UnfitPassage } from './unfit-passages'

/** A lens without empty parts, so links stay short and a lens round-trips unchanged. */
export function cleanLens({ focus, keywords }: LinkLens): LinkLens {
  return {
    ...(focus ? { focus } : {}),
    ...(keywords && keywords.length > 0 ? { keywords } : {}),
  }
}

function pastedAccount({ label, text, url, date }: SourcedAccount): PastedAccount {
  return { label, text, ...(url?.trim() ? { source: url.trim() } : {}), ...(date ? { date } : {}) }
}

/**
 * The state a link carries for passages of a pair on screen. Offsets are into the texts as shown: the
 * view compares and renders each account's text exactly as given (pasted texts are never normalized
 * first), so a selection's offsets are Segment offsets. `createRange` maps them to the normalized text
 * that links count in; `checkRanges` maps them back when a link is opened (see highlightsOf).
 */
export function linkStateOf(
  pair: AccountPair,
  lens: LinkLens,
  spans: TextSpan[],
  corrections: ReaderCorrections = NO_CORRECTIONS,
): LinkState {
  const ranges = spans.map((s) => createRange(s.side, pair[s.side].text, s.start, s.end))
  const texts = { a: pair.a.text, b: pair.b.text }
  const extra = {
    ...cleanLens(lens),
    ...(correctionCount(corrections) > 0
      ? { corrections: toLinkCorrections(corrections, texts) }
      : {}),
  }
  if (pair.builtin) {
    const { id, revision } = pair.builtin
    return { kind: 'builtin', pair: id, revision, ranges, ...extra }
  }
  const a = pastedAccount(pair.a)
  const b = pastedAccount(pair.b)
  return { kind: 'pasted', a, b, ranges, ...extra }
}

function sourcedAccount({ label, text, source, date }: PastedAccount): SourcedAccount {
  // A link's source is the reader's URL; the header shows it as a link only when it is http(s).
  return { label, text, speaker: '', source: '', url: source ?? '', ...(date ? { date } : {}) }
}

/** The pair a pasted link carries, ready to compare. */
export function linkedPair(state: PastedLinkState): AccountPair {
  const a = sourcedAccount(state.a)
  const b = sourcedAccount(state.b)
  return {
    id: 'shared-link',
    title: 'Shared comparison',
    // One date for the event only when both accounts agree on it; otherwise each keeps its own.
    ...(a.date && a.date === b.date ? { date: a.date } : {}),
    summary: '',
    ...(state.focus ? { focus: state.focus } : {}),
    a,
    b,
  }
}

/**
 * Where a link's ranges fall in the pair's texts as shown, and which do not fit (built-in ranges are
 * checked only here, once the texts are loaded).
 */
export function highlightsOf(ranges: LinkRange[], pair: AccountPair) {
  const spans: TextSpan[] = []
  const unfit: UnfitPassage[] = []
  for (const checked of checkRanges(ranges, { a: pair.a.text, b: pair.b.text })) {
    const { side } = checked.range
    if (checked.original) spans.push({ side, ...checked.original })
    else if (checked.status === 'check-failed') unfit.push({ side, reason: 'check-failed' })
    else unfit.push({ side, reason: 'range-outside' })
  }
  return { spans, unfit }
}
