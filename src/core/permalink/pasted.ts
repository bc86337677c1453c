/**
 * The pasted form, `#p1.<base64url(deflate-raw(UTF-8 JSON))>.e`: both texts in one DEFLATE stream, so
 * words the accounts share are stored once (two similar texts cost about half of two unrelated ones).
 * The same form carries a built-in pair by reference when its lens does not fit the b1 form (keywords).
 * `p2` is the same with the reader's alignment corrections in the payload (see builtin.ts for why a tag of
 * its own); one reader takes both.
 */
import { decodeBase64url, encodeBase64url } from './base64url'
import { deflateRaw, hasCompression, inflateRawCapped } from './deflate'
import { hasCorrections } from './corrections'
import { MAX_INFLATED_BYTES } from './limits'
import { linkFailure } from './messages'
import { readPayload, writePayload } from './payload'
import { platform } from './platform'
import type { DecodeOptions, LinkResult, LinkState } from './types'

export const PASTED_TAG = 'p1'
export const PASTED_CORRECTED_TAG = 'p2'

export async function encodePasted(state: LinkState): Promise<string> {
  // JSON.stringify escapes lone surrogates (\udXXX), so even broken UTF-16 survives the UTF-8 round trip.
  const json = JSON.stringify(writePayload(state, 'link'))
  const bytes = await deflateRaw(new platform.TextEncoder().encode(json))
  const tag = hasCorrections(state.corrections) ? PASTED_CORRECTED_TAG : PASTED_TAG
  return `#${tag}.${encodeBase64url(bytes)}.e`
}

export async function decodePasted(
  body: string,
  terminated: boolean,
  options: DecodeOptions,
  withCorrections = false,
): Promise<LinkResult> {
  // Checked before the payload: a cut-off link is the likely reason anything else is wrong with it.
  if (!terminated) return linkFailure('truncated')
  if (!hasCompression()) return linkFailure('unsupported')
  const compressed = decodeBase64url(body)
  if (!compressed) return linkFailure('corrupt')
  const inflated = await inflateRawCapped(compressed, MAX_INFLATED_BYTES)
  if (!inflated.ok) return linkFailure(inflated.reason)
  let json: unknown
  try {
    json = JSON.parse(new platform.TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes))
  } catch {
    return linkFailure('corrupt')
  }
  return readPayload(json, 'link', options, withCorrections)
}
