/**
 * What the reader is told. Plain sentences, no jargon: the person who opens a bad link did not make it,
 * so each message says what went wrong and what they can do about it.
 */
import type { Side } from '../types'
import type {
  LinkError,
  LinkErrorCode,
  LinkRange,
  LinkResult,
  LinkWarning,
  LinkWarningCode,
} from './types'

const ERRORS: Record<LinkErrorCode, string> = {
  'not-a-link': 'This is not a Parallax link.',
  truncated:
    'This link was cut off: it is missing its end. Ask the sender to copy it again, or to send the comparison as a file.',
  corrupt:
    'This link is damaged: some of its characters were changed on the way. Ask the sender to copy it again.',
  'unknown-version':
    'This link was made by a newer version of Parallax, which this page cannot read. Reload the page, or ask the sender for a link from the current version.',
  'too-large':
    'This link holds more text than Parallax opens (more than 4 MB). Ask the sender to share the comparison as a file instead.',
  'unknown-pair':
    'This link points to a built-in comparison that this version of Parallax does not have.',
  unsupported:
    'This browser cannot unpack links that carry their own texts. Open the link in a current version of Chrome, Edge, Firefox or Safari.',
}

export function linkError(code: LinkErrorCode, message: string = ERRORS[code]): LinkError {
  return { code, message }
}

/** A failed result with nothing recovered. */
export function linkFailure(
  code: LinkErrorCode,
  message?: string,
  warnings: LinkWarning[] = [],
): LinkResult {
  return { ok: false, error: linkError(code, message), warnings }
}

const sideName = (side: Side) => (side === 'a' ? 'first' : 'second')

const WARNINGS: Record<LinkWarningCode, (range?: LinkRange) => string> = {
  'check-failed': (r) =>
    `A highlighted passage in the ${sideName(r?.side ?? 'a')} account no longer matches the text it was made for, so it is not highlighted.`,
  'range-outside': (r) =>
    `A highlighted passage points past the end of the ${sideName(r?.side ?? 'a')} account, so it is not highlighted.`,
  'bad-range': () => 'One highlighted passage in this link is damaged and was left out.',
  'ignored-part': () => 'Part of this link was not understood and was ignored.',
}

export function linkWarning(code: LinkWarningCode, range?: LinkRange): LinkWarning {
  const message = WARNINGS[code](range)
  return range ? { code, message, range } : { code, message }
}

/** Drops repeats of the same general warning (one "part was ignored" is enough); range warnings stay. */
export function uniqueWarnings(warnings: LinkWarning[]): LinkWarning[] {
  const seen = new Set<string>()
  return warnings.filter((w) => {
    if (w.range) return true
    if (seen.has(w.code)) return false
    seen.add(w.code)
    return true
  })
}
