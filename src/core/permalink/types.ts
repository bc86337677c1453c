/**
 * What a Parallax link carries, and what reading one returns.
 * The wire formats are described in docs/links.md; these are the values on either side of them.
 */
import type { Side } from '../types'

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

/**
 * The reader's corrections to the alignment (version 2 links). Each pair names a passage on each side by
 * the NORMALIZED offset of a character inside it (the app writes the passage's start), like `LinkRange`.
 */
export interface LinkEdits {
  link: LinkPassagePair[]
  unlink: LinkPassagePair[]
}

export interface LinkPassagePair {
  a: number
  b: number
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
  edits?: LinkEdits
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
  edits?: LinkEdits
}

export type LinkState = BuiltinLinkState | PastedLinkState

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

export interface DecodeOptions {
  /** Built-in pairs this app can open, as `id@revision` (e.g. `2025-07-03-putin-trump@1`). When given, a
   * link to any other pair fails with `unknown-pair`; when omitted, pair ids are not checked. */
  knownPairs?: readonly string[]
}
