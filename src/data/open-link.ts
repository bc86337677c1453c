import {
  formatPairRef,
  toReaderCorrections,
  type AnyLinkResult,
  type Carrier,
  type DecodeOptions,
  type LinkLens,
  type LinkResult,
  type LinkState,
  type ManyLinkState,
  type ManyLinkWarning,
  type PastedAccount,
  type ReaderCorrections,
} from '../core'
import { ACCOUNT_ORDINALS } from '../lib/account-names'
import { accountProblem, MAX_ACCOUNT_CHARS } from '../lib/account-limits'
import { readerCorrections } from '../lib/alignment-corrections'
import type { TextSpan } from '../lib/selection-offsets'
import { BUILTIN_PAIR_ID } from './builtin-pair'
import { cleanLens, highlightsOf, linkedPair } from './link-pair'
import type { AccountSet, AccountSpan } from './account-set'
import type { AccountPair } from './pair'
import { linkedSet, setHighlightsOf } from './set-link'
import { describeUnfit, type UnfitPassage } from './unfit-passages'

/** What a link or comparison file opens: the pair, its lens, the passages to highlight, and what went wrong. */
export interface OpenedComparison {
  pair: AccountPair
  lens: LinkLens
  highlights: TextSpan[]
  /** The sender's alignment corrections, as offsets into the pair's texts; absent when there were none. */
  corrections?: ReaderCorrections
  /** Sentences for the reader: what is wrong, then what still opened. Empty when all is well. */
  problems: string[]
}

/** What a link or file of three to five accounts opens: the set, its lens, its highlights, what went wrong. */
export interface OpenedSet {
  set: AccountSet
  lens: LinkLens
  highlights: AccountSpan[]
  problems: string[]
}

/** What a link or file opens: a pair, or a set of three to five accounts. */
export type Opened = OpenedComparison | OpenedSet

export const isOpenedSet = (opened: Opened): opened is OpenedSet => 'set' in opened

/** Reads the link or file, with or without the list of built-in pairs this app has. */
type Decode = (options: DecodeOptions) => Promise<AnyLinkResult> | AnyLinkResult
type LoadBuiltin = (id: string) => Promise<AccountPair>

const stateOf = (result: LinkResult) => (result.ok ? result.value : result.recovered)

const THIS: Record<Carrier, string> = { link: 'this link', file: 'this comparison file' }

/**
 * Why the pasted accounts a link or file carries cannot be compared: the rules the compose view applies
 * (some text in each, at most 2 MB). A link is anyone's to make, so it gets no way around them.
 */
function refusedAccounts(accounts: readonly PastedAccount[], carrier: Carrier): string[] {
  return accounts.flatMap((account, i) => {
    const where = `The ${ACCOUNT_ORDINALS[i]} account in ${THIS[carrier]}`
    const problem = accountProblem(account.text)
    if (problem === 'empty') return [`${where} is empty, so there is nothing to compare.`]
    if (problem === 'too-long') {
      return [
        `${where} is longer than Parallax compares (${MAX_ACCOUNT_CHARS.toLocaleString('en-US')} characters).`,
      ]
    }
    return []
  })
}

function recoveredNote(state: LinkState | undefined, highlighted: number): string {
  if (!state) return 'The built-in example is shown instead.'
  const passages =
    highlighted === 0
      ? 'without highlighted passages'
      : `with ${highlighted} highlighted passage${highlighted === 1 ? '' : 's'}`
  return `What could still be read is shown: the comparison, ${passages}.`
}

/**
 * Turns a link (or comparison file) into what to show. A built-in link is read a second time once the
 * built-in pair is loaded, so the codec can tell an unknown pair or revision from a known one. Whatever is
 * wrong, something opens: the recovered part of the link, or else the built-in example; the problems say
 * which. Only a failure to load the built-in pair itself rejects.
 */
export async function openLinkResult(
  decode: Decode,
  loadBuiltin: LoadBuiltin,
  carrier: Carrier,
): Promise<Opened> {
  const read = await decode({})
  if (!read.ok || read.value.kind !== 'many') {
    // A failed read of a set holds no state and no range of its own (ranges are read only from a whole
    // state): it is told, and the example opens, as for any other link.
    return openPair(read as LinkResult, decode, loadBuiltin, carrier)
  }
  const refused = refusedAccounts(read.value.accounts, carrier)
  if (refused.length === 0) return openedSet(read.value, read.warnings)
  // Nothing of a refused set opens: the example does, under the reasons (as for a refused pair).
  const pair = await loadBuiltin(BUILTIN_PAIR_ID)
  const problems = [...refused, recoveredNote(undefined, 0)]
  return { pair, lens: cleanLens({ focus: pair.focus }), highlights: [], problems }
}

/** A set of three to five accounts; each highlight that does not fit is told once, by its account. */
function openedSet(state: ManyLinkState, warnings: ManyLinkWarning[]): OpenedSet {
  const set = linkedSet(state)
  const highlights = setHighlightsOf(state.ranges, set)
  const problems = [...new Set(warnings.map((w) => w.message))]
  const lens = cleanLens(state.focus || state.keywords?.length ? state : {})
  return { set, lens, highlights, problems }
}

async function openPair(
  first: LinkResult,
  decode: Decode,
  loadBuiltin: LoadBuiltin,
  carrier: Carrier,
): Promise<OpenedComparison> {
  let result = first
  let state = stateOf(result)
  const refused = state?.kind === 'pasted' ? refusedAccounts([state.a, state.b], carrier) : []
  // Nothing of a refused pair opens; what was wrong with its highlights no longer matters.
  if (refused.length > 0) {
    state = undefined
    result = { ...result, warnings: [] }
  }
  let builtin: AccountPair | null = null
  if (state?.kind !== 'pasted') {
    builtin = await loadBuiltin(BUILTIN_PAIR_ID)
    if (state) {
      const known = builtin.builtin && formatPairRef(builtin.builtin.id, builtin.builtin.revision)
      result = (await decode({ knownPairs: known ? [known] : [] })) as LinkResult
      state = stateOf(result)
    }
  }
  const pair = state?.kind === 'pasted' ? linkedPair(state) : builtin!
  const { spans, unfit } = highlightsOf(state?.ranges ?? [], pair)
  // Pasted ranges were checked while decoding; built-in ones just now. Both are told the same way.
  const unfitPasted = result.warnings.flatMap((w): UnfitPassage[] =>
    w.range && (w.code === 'check-failed' || w.code === 'range-outside')
      ? [{ side: w.range.side, reason: w.code }]
      : [],
  )
  const messages = [
    ...(result.ok ? [] : [result.error.message]),
    ...refused,
    ...result.warnings.filter((w) => !w.range).map((w) => w.message),
    ...describeUnfit([...unfitPasted, ...unfit]),
  ]
  if (!result.ok || refused.length > 0) messages.push(recoveredNote(state, spans.length))
  // A link without a lens opens on the pair's own focus; keywords alone are a custom lens (the core's rule).
  const lens = cleanLens(state?.focus || state?.keywords?.length ? state : { focus: pair.focus })
  const texts = { a: pair.a.text, b: pair.b.text }
  const corrections =
    state?.corrections && readerCorrections(toReaderCorrections(state.corrections, texts))
  return {
    pair,
    lens,
    highlights: spans,
    ...(corrections ? { corrections } : {}),
    problems: messages,
  }
}
