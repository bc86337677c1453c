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
const TAG = /^([a-z]{1,2}\d{1,3})\./
// The terminator is `.e` not followed by a character a link body can hold, so trailing punctuation or a
// wrapper's `&data=…` after it is ignored, while `.e` inside a body (which never happens in v1) is not
// mistaken for it.
const TERMINATOR = /\.e(?![0-9A-Za-z_~@-])/

function percentDecode(text: string): string {
  // One extra encoding pass is common (Outlook Safe Links, Teams, double-encoding routers); a second is
  // tried for a wrapped link that was encoded again. A malformed escape leaves the text as it was.
  let out = text
  for (let pass = 0; pass < 2 && PERCENT.test(out); pass++) {
    try {
      out = decodeURIComponent(out)
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
  let text = percentDecode(input.replace(WHITESPACE, '')).replace(WHITESPACE, '')
  // A text fragment directive (`:~:text=…`) may follow the fragment; it is the browser's, not ours.
  const directive = text.indexOf(':~:')
  if (directive >= 0) text = text.slice(0, directive)
  const hash = text.indexOf('#')
  if (hash >= 0) text = text.slice(hash + 1)
  const tag = TAG.exec(text)
  if (!tag) return null
  const rest = text.slice(tag[0].length)
  const end = TERMINATOR.exec(rest)
  return end
    ? { tag: tag[1]!, body: rest.slice(0, end.index), terminated: true }
    : { tag: tag[1]!, body: rest, terminated: false }
}

/** Cheap test for the router: does this fragment look like a Parallax link (of any version)? */
export function isLinkFragment(fragment: string): boolean {
  return /^#?[a-z]{1,2}\d{1,3}\./.test(fragment.trim())
}
