import {
  checkRanges,
  createRange,
  type AccountRange,
  type LinkLens,
  type ManyLinkState,
  type PastedAccount,
} from '../core'
import {
  ACCOUNT_KEYS,
  accountOf,
  commonDate,
  type AccountSet,
  type AccountSpan,
} from './account-set'
import { cleanLens } from './link-pair'
import type { SourcedAccount } from './pair'

const pasted = ({ label, text, url, date }: SourcedAccount): PastedAccount => ({
  label,
  text,
  ...(url?.trim() ? { source: url.trim() } : {}),
  ...(date ? { date } : {}),
})

/**
 * The state an `m1` link carries for a set on screen and passages of its accounts. Offsets are into the
 * texts as shown (they are compared as given); `createRange` maps them to the normalized texts.
 */
export function manyLinkStateOf(
  set: AccountSet,
  lens: LinkLens,
  spans: readonly AccountSpan[],
): ManyLinkState {
  const ranges = spans.map((s) => createRange(s.side, accountOf(set, s.side)!.text, s.start, s.end))
  return { kind: 'many', accounts: set.accounts.map(pasted), ranges, ...cleanLens(lens) }
}

/** The set an `m1` link or a version 3 file carries, ready to compare. */
export function linkedSet(state: ManyLinkState): AccountSet {
  const accounts = state.accounts.map(({ label, text, source, date }): SourcedAccount => ({
    label,
    text,
    speaker: '',
    source: '',
    url: source ?? '',
    ...(date ? { date } : {}),
  }))
  return {
    id: 'shared-link',
    title: 'Shared comparison',
    ...commonDate(accounts),
    ...(state.focus ? { focus: state.focus } : {}),
    accounts,
  }
}

/** Where a link's ranges fall in the set's texts as shown (the decoder dropped those that do not fit). */
export function setHighlightsOf(ranges: readonly AccountRange[], set: AccountSet): AccountSpan[] {
  const texts = Object.fromEntries(set.accounts.map((a, i) => [ACCOUNT_KEYS[i]!, a.text]))
  return checkRanges(ranges, texts).flatMap((checked) =>
    checked.original ? [{ side: checked.range.side, ...checked.original }] : [],
  )
}
