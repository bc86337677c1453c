/**
 * What a Parallax link carries, and what reading one returns.
 * The wire formats are described in docs/links.md; these are the values on either side of them.
 */
import type { AccountKey, Side } from '../types'

/**
 * A highlighted passage. Offsets are UTF-16 code units into the account's NORMALIZED text (NFC, LF line
 * endings, as `normalizeText` makes it), so a link means the same thing whatever line endings or Unicode
 * composition the sender's copy had. Use `createRange` to make one from offsets into the text as given.
 */
export interface LinkRange {
  side: Side
  /** Inclusive. */
  start: number
  /** Exclusive; always greater than `start`. */
  end: number
  /** Four base36 characters of the quoted text's FNV-1a hash (see `quoteCheck`), so a range that no longer
   * fits its text is detected instead of highlighting the wrong words. Absent only in hand-made links. */
  check?: string
}

/** A highlighted passage in one of up to five accounts (the `m1` form): a `LinkRange` whose side may be
 * past `b`, `c` to `e` for the third to fifth account. */
export interface AccountRange extends Omit<LinkRange, 'side'> {
  side: AccountKey
}

declare const offsetSystem: unique symbol

/**
 * A UTF-16 offset into an account's text exactly as given (the coordinates of `Segment.start` and of the
 * reader's selections). Branded, like `NormalizedOffset`, so one is never passed where the other belongs.
 */
export type OriginalOffset = number & { readonly [offsetSystem]: 'original' }

/** A UTF-16 offset into an account's NORMALIZED text (NFC, LF line endings): the coordinates links carry. */
export type NormalizedOffset = number & { readonly [offsetSystem]: 'normalized' }

/**
 * Two passages, one in each account, each named by the offset of a character inside it (the app writes
 * each passage's start), in the texts as given.
 */
export interface OriginalPassagePair {
  a: OriginalOffset
  b: OriginalOffset
}

/** The same two passages by offsets into the normalized texts, as `LinkRange` counts them. */
export interface NormalizedPassagePair {
  a: NormalizedOffset
  b: NormalizedOffset
}

/**
 * The reader's corrections to the alignment on the texts as given: pairs to align (`link`) and pairs
 * never to align (`unlink`), the shape `CompareOptions.edits` takes.
 */
export interface ReaderCorrections {
  link: OriginalPassagePair[]
  unlink: OriginalPassagePair[]
}

/** The same corrections as a link or file carries them (`b2`, `p2`, file version 2): normalized offsets. */
export interface LinkCorrections {
  link: NormalizedPassagePair[]
  unlink: NormalizedPassagePair[]
}

/** The lens the comparison opens with. Empty keyword lists are left out, so absent means none. */
export interface LinkLens {
  /** Topic id, e.g. `ukraine`, or `custom` with `keywords`. */
  focus?: string
  keywords?: string[]
}

/** A built-in pair, referenced by id and revision: the texts themselves ship with the app. */
export interface BuiltinLinkState extends LinkLens {
  kind: 'builtin'
  /** Pair id as in its manifest, e.g. `2025-07-03-putin-trump`. */
  pair: string
  /** Manifest revision the offsets refer to. */
  revision: number
  ranges: LinkRange[]
  /** Absent when the reader corrected nothing. */
  corrections?: LinkCorrections
}

/** One pasted account. The text travels exactly as the reader gave it (not normalized). */
export interface PastedAccount {
  label: string
  text: string
  /** Where the account comes from, as the reader typed it; only http(s) URLs should become links. */
  source?: string
  /** Date of the account as the reader typed it (usually ISO, YYYY-MM-DD). */
  date?: string
}

/** A pair the reader pasted: the link carries both texts. */
export interface PastedLinkState extends LinkLens {
  kind: 'pasted'
  a: PastedAccount
  b: PastedAccount
  ranges: LinkRange[]
  /** Absent when the reader corrected nothing. */
  corrections?: LinkCorrections
}

export type LinkState = BuiltinLinkState | PastedLinkState

/**
 * Three to five pasted accounts of one event, compared all at once (the `m1` form, file version 3). No
 * corrections: a reader corrects the alignment of two accounts, in the side-by-side view of a pair.
 */
export interface ManyLinkState extends LinkLens {
  kind: 'many'
  /** In the order the reader gave them: the first is `a`, the fifth `e`. */
  accounts: PastedAccount[]
  ranges: AccountRange[]
}

/** Why a link or file could not be opened at all. */
export type LinkErrorCode =
  | 'not-a-link'
  | 'truncated'
  | 'corrupt'
  | 'unknown-version'
  | 'too-large'
  | 'unknown-pair'
  | 'unsupported'

/** Something that went wrong while the rest still opened. */
export type LinkWarningCode = 'check-failed' | 'range-outside' | 'bad-range' | 'ignored-part'

export interface LinkError {
  code: LinkErrorCode
  /** A plain sentence for the reader: what is wrong and what they can do. */
  message: string
}

export interface LinkWarning {
  code: LinkWarningCode
  message: string
  /** The range concerned, when the warning is about one. */
  range?: LinkRange
}

/**
 * The result of reading a link or a comparison file. Never thrown: every failure is a value.
 * On failure, `recovered` holds whatever part of the state could still be read (e.g. the built-in pair of a
 * cut-off link, without its last range), so the UI can say what is wrong and still open something.
 */
export type LinkResult =
  | { ok: true; value: LinkState; warnings: LinkWarning[] }
  | { ok: false; error: LinkError; recovered?: LinkState; warnings: LinkWarning[] }

/** A warning about a link of many accounts: its range, when it names one, may be in any account. */
export interface ManyLinkWarning extends Omit<LinkWarning, 'range'> {
  range?: AccountRange
}

/** The result of reading a link or file of many accounts (`m1`, file version 3). */
export type ManyLinkResult =
  | { ok: true; value: ManyLinkState; warnings: ManyLinkWarning[] }
  | { ok: false; error: LinkError; warnings: ManyLinkWarning[] }

/** What `readLink` and `readComparisonFile` return: a pair's result, or a result of many accounts. */
export type AnyLinkResult = LinkResult | ManyLinkResult

export interface DecodeOptions {
  /** Built-in pairs this app can open, as `id@revision` (e.g. `2025-07-03-putin-trump@1`). When given, a
   * link to any other pair fails with `unknown-pair`; when omitted, pair ids are not checked. */
  knownPairs?: readonly string[]
}
