/**
 * The built-in form, `#b1.<pair>@<rev>.<range>….[f<focus>].e`: no compression, so it stays short and
 * readable (a one-passage link is about 70 characters with the origin).
 */
import { MAX_RANGES } from './limits'
import { linkError, linkFailure, linkWarning } from './messages'
import { formatPairRef, isWritablePair, parsePairRef, resolvePair } from './pair'
import { formatRange, parseRange } from './ranges'
import type { BuiltinLinkState, DecodeOptions, LinkRange, LinkResult, LinkWarning } from './types'

export const BUILTIN_TAG = 'b1'

const FOCUS = /^f([a-z0-9][a-z0-9_-]{0,63})$/

/** The b1 link for a state, or null when the state needs the pasted form's JSON (keywords, or a focus
 * id outside `[a-z0-9_-]`). Throws a RangeError for a pair id that can't be written at all. */
export function encodeBuiltin(state: BuiltinLinkState): string | null {
  if (!isWritablePair(state.pair, state.revision)) {
    throw new RangeError(`Cannot link to built-in pair "${state.pair}@${state.revision}".`)
  }
  if (state.keywords?.length) return null
  if (state.focus !== undefined && !FOCUS.test(`f${state.focus}`)) return null
  const parts = [BUILTIN_TAG, formatPairRef(state.pair, state.revision)]
  for (const range of state.ranges) parts.push(formatRange(range))
  if (state.focus !== undefined) parts.push(`f${state.focus}`)
  parts.push('e')
  return `#${parts.join('.')}`
}

/** Reads a b1 body (between `b1.` and `.e`). A cut-off link still recovers its pair and whole ranges. */
export function decodeBuiltin(
  body: string,
  terminated: boolean,
  options: DecodeOptions,
): LinkResult {
  const tokens = body.split('.')
  // Without the terminator the last token may be cut in the middle (`a1207-12`): it is not trusted,
  // unless it is a range that ends in its fixed-length check, which cannot have lost characters.
  if (!terminated && !/^[ab].*~[0-9a-zA-Z]{4}$/.test(tokens.at(-1) ?? '')) tokens.pop()
  const ref = tokens.length > 0 ? parsePairRef(tokens[0]!) : null
  if (!ref) {
    return linkFailure(terminated ? 'corrupt' : 'truncated')
  }
  const warnings: LinkWarning[] = []
  const ranges: LinkRange[] = []
  let focus: string | undefined
  let ignored = false
  for (const token of tokens.slice(1)) {
    const kind = token[0]
    if (kind === 'a' || kind === 'b') {
      const range = parseRange(token)
      if (!range) warnings.push(linkWarning('bad-range'))
      else if (ranges.length < MAX_RANGES) ranges.push(range)
      else ignored = true
    } else if (FOCUS.test(token) && focus === undefined) {
      focus = token.slice(1)
    } else {
      ignored = true
    }
  }
  if (ignored) warnings.push(linkWarning('ignored-part'))
  const state: BuiltinLinkState = { kind: 'builtin', ...ref, ranges }
  if (focus !== undefined) state.focus = focus
  const resolved = resolvePair(state, warnings, options.knownPairs)
  if (terminated) return resolved
  const recovered = resolved.ok ? resolved.value : resolved.recovered
  return { ok: false, error: linkError('truncated'), ...(recovered && { recovered }), warnings }
}
