/**
 * Links back to the source: `https://source.example/page#:~:text=…` scrolls to and highlights the passage
 * in browsers that support Text Fragments (all current ones), and opens the page normally elsewhere.
 * Spec: https://wicg.github.io/scroll-to-text-fragment/
 */
import { platform } from './platform'

/** Longer passages are written as `textStart,textEnd`; Chrome's own link generator uses the same limit. */
const MAX_EXACT_LENGTH = 300
/** Words at each end of a long passage: enough to be unambiguous on a page, short enough to read. */
const EDGE_WORDS = 4

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Percent-encodes a directive term: the spec requires `-`, `&` and `,` encoded, and anything outside
 * [A-Za-z0-9] and !$'()*+./:;=?@_~; encodeURIComponent leaves only `-` of those unencoded. */
function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D')
}

/** The first and last few words of a long passage, or null if it has too few words to split. */
function edges(passage: string): [string, string] | null {
  const words = [...new Intl.Segmenter(undefined, { granularity: 'word' }).segment(passage)].filter(
    (s) => s.isWordLike,
  )
  if (words.length <= 2 * EDGE_WORDS) return null
  const lastOfStart = words[EDGE_WORDS - 1]!
  const firstOfEnd = words[words.length - EDGE_WORDS]!
  return [
    passage.slice(0, lastOfStart.index + lastOfStart.segment.length),
    passage.slice(firstOfEnd.index),
  ]
}

/**
 * A link to `passageText` inside the page at `sourceUrl`, or null when the source is not an http(s) URL
 * or the passage is blank. Any fragment already on the URL is replaced. Whitespace is collapsed to single
 * spaces, as the browser does when it matches the rendered page.
 */
export function textFragmentUrl(sourceUrl: string, passageText: string): string | null {
  let url: { protocol: string; hash: string; readonly href: string }
  try {
    url = new platform.URL(sourceUrl.trim())
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  const passage = passageText.replace(LONE_SURROGATE, '\uFFFD').replace(/\s+/g, ' ').trim()
  if (!passage) return null
  url.hash = ''
  const split = passage.length > MAX_EXACT_LENGTH ? edges(passage) : null
  const directive = split ? split.map(encodeTerm).join(',') : encodeTerm(passage)
  return `${url.href}#:~:text=${directive}`
}
