/**
 * The link codec: state → fragment, and any string → a state or a reason it is not one.
 * Picks the form (b1 when it can, p1 otherwise; b2/p2 when the reader corrected the alignment) and
 * dispatches on the tag when reading.
 */
import { BUILTIN_CORRECTED_TAG, BUILTIN_TAG, decodeBuiltin, encodeBuiltin } from './builtin'
import { cleanLink } from './clean'
import { MAX_LINK_LENGTH } from './limits'
import { linkFailure } from './messages'
import { isWritableCorrections } from './corrections'
import { decodePasted, encodePasted, PASTED_CORRECTED_TAG, PASTED_TAG } from './pasted'
import { formatRange, isWritableRange } from './ranges'
import type { DecodeOptions, LinkResult, LinkState } from './types'

/**
 * The fragment (starting with `#`) that opens `state`; append it to the app's URL. Built-in pairs get the
 * short readable form; pasted pairs, and built-in pairs with custom keywords, the compressed one.
 * Rejects with a RangeError for a state no link can hold (a range with start ≥ end, a pair id with dots…):
 * that is a bug in the caller, not something to show a reader.
 */
export async function encodeLink(state: LinkState): Promise<string> {
  for (const range of state.ranges) {
    if (!isWritableRange(range)) throw new RangeError(`Cannot link to range ${formatRange(range)}.`)
  }
  if (state.corrections && !isWritableCorrections(state.corrections)) {
    throw new RangeError(
      'Cannot link to alignment corrections with offsets that are not whole numbers.',
    )
  }
  if (state.kind === 'builtin') {
    const short = encodeBuiltin(state)
    if (short !== null) return short
  }
  return encodePasted(state)
}

/**
 * Reads a link: a fragment (with or without `#`), a whole URL, or either mangled the usual ways (line
 * breaks, percent-encoding, standard base64, a text directive after it). Never rejects.
 * Built-in ranges come back unchecked (the texts are not here): pass them to `checkRanges` once the pair
 * is loaded. Pasted ranges that do not fit their text are dropped with a warning.
 */
export async function decodeLink(input: string, options: DecodeOptions = {}): Promise<LinkResult> {
  try {
    if (typeof input !== 'string') return linkFailure('not-a-link')
    if (input.length > MAX_LINK_LENGTH) {
      return linkFailure('too-large')
    }
    const link = cleanLink(input)
    if (!link) return linkFailure('not-a-link')
    const { tag, body, terminated } = link
    if (tag === BUILTIN_TAG) return decodeBuiltin(body, terminated, options)
    if (tag === BUILTIN_CORRECTED_TAG) return decodeBuiltin(body, terminated, options, true)
    if (tag === PASTED_TAG) return await decodePasted(body, terminated, options)
    if (tag === PASTED_CORRECTED_TAG) return await decodePasted(body, terminated, options, true)
    return linkFailure('unknown-version')
  } catch {
    // Nothing above is expected to throw; this keeps the promise of never rejecting even if a platform
    // stream misbehaves in a way not foreseen.
    return linkFailure('corrupt')
  }
}
