/**
 * Undoes what chat apps, mail clients and URL wrappers do to a link before the codec reads it.
 * Everything here is forgiving by design: each step fixes one way real links were observed to break
 * (research/anchors-permalinks.md §3–4).
 */

export interface CleanLink {
  /** Form tag, e.g. `b1` or `p1`. */
  tag: string
  /** What lies between the tag's dot and the terminator (or the end, when there is no terminator). */
  body: string
  /** False when the `.e` terminator is missing: the link was cut off. */
  terminated: boolean
}

const WHITESPACE = /\s+/g
const PERCENT = /%[0-9a-fA-F]{2}/
// The tag opens the text or follows a `#`: the first such place is the link, whatever URL, wrapper or
// extra `#` (from a fragment encoded together with its `#`) comes before it.
const TAG = /(?:^|#)#*([a-z]{1,2}\d{1,3})\./
// The terminator is `.e` not followed by a character a link body can hold, so trailing punctuation or a
// wrapper's `&data=…` after it is ignored, while `.e` inside a body (which never happens in v1) is not
// mistaken for it.
const TERMINATOR = /\.e(?![0-9A-Za-z_~@-])/

function percentDecode(text: string): string {
  // One extra encoding pass is common (Outlook Safe Links, Teams, routers that encode twice), and a wrapped
  // link may be encoded again. Links contain no `%` of their own, so every escape is someone's encoding.
  // Line breaks a mail client put inside an escape are dropped before each pass; a malformed escape stops
  // decoding and leaves the text as it was.
  let out = text.replace(WHITESPACE, '')
  for (let pass = 0; pass < 3 && PERCENT.test(out); pass++) {
    try {
      out = decodeURIComponent(out).replace(WHITESPACE, '')
    } catch {
      break
    }
  }
  return out
}

/**
 * Finds the tag, body and terminator of a link given as a fragment (with or without `#`), a whole URL, or a
 * wrapped URL. Null when there is no tag at all: not a Parallax link.
 */
export function cleanLink(input: string): CleanLink | null {
  let text = percentDecode(input)
  // A text fragment directive (`:~:text=…`) may follow the fragment; it is the browser's, not ours.
  const directive = text.indexOf(':~:')
  if (directive >= 0) text = text.slice(0, directive)
  const tag = TAG.exec(text)
  if (!tag) return null
  const rest = text.slice(tag.index + tag[0].length)
  const end = TERMINATOR.exec(rest)
  return end
    ? { tag: tag[1]!, body: rest.slice(0, end.index), terminated: true }
    : { tag: tag[1]!, body: rest, terminated: false }
}

// The dot after the tag, as written or percent-encoded up to three times (a mail client or a wrapper that
// encodes dots): the decoder undoes those layers, so the router must not turn such a link away first.
const LINK_START = /^#?[a-z]{1,2}\d{1,3}(?:\.|%(?:25){0,2}2[eE])/

/** Cheap test for the router: does this fragment look like a Parallax link (of any version)? */
export function isLinkFragment(fragment: string): boolean {
  return LINK_START.test(fragment.trim())
}
