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
import type { DecodeOptions, LinkErrorCode, LinkResult, LinkState } from './types'

export const PASTED_TAG = 'p1'
export const PASTED_CORRECTED_TAG = 'p2'

export async function encodePasted(state: LinkState): Promise<string> {
  const tag = hasCorrections(state.corrections) ? PASTED_CORRECTED_TAG : PASTED_TAG
  return `#${tag}.${await compressJson(writePayload(state, 'link'))}.e`
}

/** What a compressed link's body holds: its JSON, or why it cannot be read (checked in this order). */
export async function readCompressedJson(
  body: string,
  terminated: boolean,
): Promise<{ ok: true; json: unknown } | { ok: false; code: LinkErrorCode }> {
  // Checked before the payload: a cut-off link is the likely reason anything else is wrong with it.
  if (!terminated) return { ok: false, code: 'truncated' }
  if (!hasCompression()) return { ok: false, code: 'unsupported' }
  const compressed = decodeBase64url(body)
  if (!compressed) return { ok: false, code: 'corrupt' }
  const inflated = await inflateRawCapped(compressed, MAX_INFLATED_BYTES)
  if (!inflated.ok) return { ok: false, code: inflated.reason }
  try {
    const text = new platform.TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes)
    return { ok: true, json: JSON.parse(text) as unknown }
  } catch {
    return { ok: false, code: 'corrupt' }
  }
}

/** The JSON as a compressed link body: deflate-raw, then base64url. */
export async function compressJson(json: unknown): Promise<string> {
  // JSON.stringify escapes lone surrogates (\udXXX), so even broken UTF-16 survives the UTF-8 round trip.
  const bytes = await deflateRaw(new platform.TextEncoder().encode(JSON.stringify(json)))
  return encodeBase64url(bytes)
}

export async function decodePasted(
  body: string,
  terminated: boolean,
  options: DecodeOptions,
  withCorrections = false,
): Promise<LinkResult> {
  const read = await readCompressedJson(body, terminated)
  if (!read.ok) return linkFailure(read.code)
  return readPayload(read.json, 'link', options, withCorrections)
}
