/**
 * Reads a link of any form the app opens: a pair's (`b1`, `b2`, `p1`, `p2`, through `decodeLink`) or one
 * of three to five accounts (`m1`). `decodeLink` stays the reader of pairs, whose result type callers
 * rely on; an `m1` link given to it is a form it does not know (`unknown-version`).
 */
import { cleanLink } from './clean'
import { decodeLink } from './codec'
import { MAX_LINK_LENGTH } from './limits'
import { MANY_TAG, decodeMany, manyFailure } from './many'
import type { AnyLinkResult, DecodeOptions } from './types'

export async function readLink(input: string, options: DecodeOptions = {}): Promise<AnyLinkResult> {
  try {
    const link =
      typeof input === 'string' && input.length <= MAX_LINK_LENGTH ? cleanLink(input) : null
    if (link?.tag === MANY_TAG) return await decodeMany(link.body, link.terminated)
  } catch {
    // As decodeLink: never rejects, whatever a platform stream does.
    return manyFailure('corrupt')
  }
  return decodeLink(input, options)
}
