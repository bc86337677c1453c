/**
 * Size limits for links and comparison files. Decoding enforces the caps; the share UI uses the budgets.
 * research/anchors-permalinks.md §4 has the channel limits behind the numbers.
 */

/** Longest input the decoder looks at, in characters: Chrome keeps up to 2 MB of URL, so anything near
 * this is not a link someone copied, and refusing it early bounds the work done on hostile input. */
export const MAX_LINK_LENGTH = 8 * 1024 * 1024

/** Most UTF-8 bytes a compressed link may inflate to: two accounts of about 2 MB each. Inflating stops as
 * soon as the output passes this, so a deflate bomb costs at most this much memory. */
export const MAX_INFLATED_BYTES = 4 * 1024 * 1024

/** Longest comparison file read, in characters (two 2 MB accounts with JSON escapes and room to spare). */
export const MAX_FILE_LENGTH = 16 * 1024 * 1024

/** Most highlighted ranges a link keeps; the rest are ignored with a warning. */
export const MAX_RANGES = 64

/** Links up to this length survive chat, mail, Outlook and Firefox history. */
export const SAFE_LINK_LENGTH = 2_000

/** Above this, a link is likely to be cut by some channel: warn more strongly. */
export const LONG_LINK_LENGTH = 8_000

/** Above this, offer "Download comparison (.json)" instead of a link (Chrome's address bar shows ~32 kB). */
export const MAX_SHARE_LINK_LENGTH = 32_000

/** Most alignment corrections a link keeps (links and unlinks together); the rest are ignored with a warning. */
export const MAX_CORRECTIONS = 256
