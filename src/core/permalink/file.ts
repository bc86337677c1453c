/**
 * The comparison file, for comparisons too long for a link (over 32,000 characters the share popover
 * offers "Download comparison (.json)"). Same content as a link, as readable JSON with long keys:
 * { "format": "parallax-comparison", "version": 1, "a": {…}, "b": {…}, "highlights": [...], … }
 */
import { hasCorrections } from './corrections'
import { MAX_FILE_LENGTH } from './limits'
import { linkError, linkFailure } from './messages'
import { readPayload, writePayload } from './payload'
import { formatRange, isWritableRange } from './ranges'
import type { DecodeOptions, LinkResult, LinkState } from './types'

export const FILE_FORMAT = 'parallax-comparison'
/** The newest version written: 2 when the reader's alignment corrections are in the file, else 1 (so files
 * without them still open in versions that know only 1). */
export const FILE_VERSION = 2

const NOT_A_FILE = 'This is not a Parallax comparison file.'
const DAMAGED_FILE = 'This comparison file is missing its texts or is damaged.'

/** The file's text (pretty-printed JSON). Throws a RangeError for ranges no link could hold either. */
export function toComparisonFile(state: LinkState): string {
  for (const range of state.ranges) {
    if (!isWritableRange(range)) throw new RangeError(`Cannot save range ${formatRange(range)}.`)
  }
  const version = hasCorrections(state.corrections) ? FILE_VERSION : 1
  const body = { format: FILE_FORMAT, version, ...writePayload(state, 'file') }
  return `${JSON.stringify(body, null, 2)}\n`
}

/** Reads a comparison file's text. Never throws; the same validation as links. */
export function fromComparisonFile(text: string, options: DecodeOptions = {}): LinkResult {
  if (typeof text !== 'string') return linkFailure('not-a-link', NOT_A_FILE)
  if (text.length > MAX_FILE_LENGTH) {
    return linkFailure('too-large', 'This file is larger than Parallax opens (16 MB).')
  }
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return linkFailure(
      'corrupt',
      'This file is damaged or is not a Parallax comparison file (it is not valid JSON).',
    )
  }
  if (
    typeof json !== 'object' ||
    json === null ||
    (json as { format?: unknown }).format !== FILE_FORMAT
  ) {
    return linkFailure('not-a-link', NOT_A_FILE)
  }
  const version = (json as { version?: unknown }).version
  if (typeof version === 'number' && version > FILE_VERSION) {
    return linkFailure(
      'unknown-version',
      'This comparison file was saved by a newer version of Parallax, which this page cannot read.',
    )
  }
  if (version !== 1 && version !== 2) return linkFailure('corrupt', DAMAGED_FILE)
  const result = readPayload(json, 'file', options, version === 2)
  if (result.ok || result.error.code !== 'corrupt') return result
  return {
    ...result,
    error: linkError('corrupt', DAMAGED_FILE),
  }
}
