/**
 * The built-in form, `#b1.<pair>@<rev>.<range>….[f<focus>].e`: no compression, so it stays short and
 * readable (a one-passage link is about 70 characters with the origin). `b2` is the same with the reader's
 * alignment corrections (`l…`/`u…` tokens): a b1 reader would drop them and show other labels, so links
 * that carry them get a tag that older versions refuse, and links without them stay b1.
 */
import {
  formatCorrections,
  hasCorrections,
  isCorrectionToken,
  parseCorrections,
} from './corrections'
import { MAX_RANGES } from './limits'
import { createWarnings, linkError, linkFailure } from './messages'
import { formatPairRef, isWritablePair, parsePairRef, resolvePair } from './pair'
import { formatRange, parseRange } from './ranges'
import type { BuiltinLinkState, DecodeOptions, LinkRange, LinkResult } from './types'

export const BUILTIN_TAG = 'b1'
export const BUILTIN_CORRECTED_TAG = 'b2'

const FOCUS = /^f([a-z0-9][a-z0-9_-]{0,63})$/

/** The b1 link for a state, or null when the state needs the pasted form's JSON (keywords, or a focus
 * id outside `[a-z0-9_-]`). Throws a RangeError for a pair id that can't be written at all. */
export function encodeBuiltin(state: BuiltinLinkState): string | null {
  if (!isWritablePair(state.pair, state.revision)) {
    throw new RangeError(`Cannot link to built-in pair "${state.pair}@${state.revision}".`)
  }
  if (state.keywords?.length) return null
  if (state.focus !== undefined && !FOCUS.test(`f${state.focus}`)) return null
  const corrections = hasCorrections(state.corrections) ? state.corrections : undefined
  const parts = [
    corrections ? BUILTIN_CORRECTED_TAG : BUILTIN_TAG,
    formatPairRef(state.pair, state.revision),
  ]
  for (const range of state.ranges) parts.push(formatRange(range))
  if (corrections) parts.push(...formatCorrections(corrections))
  if (state.focus !== undefined) parts.push(`f${state.focus}`)
  parts.push('e')
  return `#${parts.join('.')}`
}

/**
 * Reads a b1 body, or a b2 one (b1 with corrections), between the tag's dot and `.e`. A cut-off link
 * still recovers its pair and whole ranges.
 */
export function decodeBuiltin(
  body: string,
  terminated: boolean,
  options: DecodeOptions,
  withCorrections = false,
): LinkResult {
  const tokens = body.split('.')
  // Without the terminator the last token may be cut in the middle (`a1207-12`): it is not trusted,
  // unless it is a range that ends in its fixed-length check, which cannot have lost characters.
  if (!terminated && !/^[ab].*~[0-9a-zA-Z]{4}$/.test(tokens.at(-1) ?? '')) tokens.pop()
  const ref = tokens.length > 0 ? parsePairRef(tokens[0]!) : null
  if (!ref) {
    return linkFailure(terminated ? 'corrupt' : 'truncated')
  }
  const warnings = createWarnings('link')
  const ranges: LinkRange[] = []
  const correctionTokens: string[] = []
  let focus: string | undefined
  let ignored = false
  for (const token of tokens.slice(1)) {
    const kind = token[0]
    if (withCorrections && isCorrectionToken(token)) correctionTokens.push(token)
    else if (kind === 'a' || kind === 'b') {
      const range = parseRange(token)
      if (!range) warnings.add('bad-range')
      else if (ranges.length < MAX_RANGES) ranges.push(range)
      else ignored = true
    } else if (FOCUS.test(token) && focus === undefined) {
      focus = token.slice(1)
    } else {
      ignored = true
    }
  }
  const { corrections, dropped } = parseCorrections(correctionTokens)
  if (ignored || dropped) warnings.add('ignored-part')
  const state: BuiltinLinkState = { kind: 'builtin', ...ref, ranges }
  if (focus !== undefined) state.focus = focus
  if (hasCorrections(corrections)) state.corrections = corrections
  const resolved = resolvePair(state, warnings.all(), options.knownPairs, 'link')
  if (terminated) return resolved
  const recovered = resolved.ok ? resolved.value : resolved.recovered
  return {
    ok: false,
    error: linkError('truncated'),
    ...(recovered && { recovered }),
    warnings: resolved.warnings,
  }
}
