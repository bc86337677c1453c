/**
 * The comparison file, for comparisons too long for a link (over 32,000 characters the share popover
 * offers "Download comparison (.json)"). Same content as a link, as readable JSON with long keys:
 * { "format": "parallax-comparison", "version": 1, "a": {…}, "b": {…}, "highlights": [...], … }
 */
import { hasCorrections } from './corrections'
import { MAX_FILE_LENGTH } from './limits'
import { linkError, linkFailure } from './messages'
import { readPayload, writePayload } from './payload'
import { checkWritable, MANY_FILE_VERSION, readManyPayload, writeManyPayload } from './many'
import { formatRange, isWritableRange } from './ranges'
import type { AnyLinkResult, DecodeOptions, LinkResult, LinkState, ManyLinkState } from './types'

export const FILE_FORMAT = 'parallax-comparison'
/** The newest version of a pair's file: 2 when the reader's alignment corrections are in the file, else 1
 * (so files without them still open in versions that know only 1). Files of three to five accounts are
 * version 3 (`MANY_FILE_VERSION`), which `fromComparisonFile`, the reader of pairs, calls newer. */
export const FILE_VERSION = 2

const NOT_A_FILE = 'This is not a Parallax comparison file.'
const DAMAGED_FILE = 'This comparison file is missing its texts or is damaged.'

/** The file's text (pretty-printed JSON). Throws a RangeError for ranges no link could hold either. */
export function toComparisonFile(state: LinkState): string {
  for (const range of state.ranges) {
    if (!isWritableRange(range)) {
      throw new RangeError(
        `The selected words (${formatRange(range)}) cannot be saved in the file.`,
      )
    }
  }
  const version = hasCorrections(state.corrections) ? FILE_VERSION : 1
  const body = { format: FILE_FORMAT, version, ...writePayload(state, 'file') }
  return `${JSON.stringify(body, null, 2)}\n`
}

type FileJson = { ok: true; json: object; version: unknown } | { ok: false; failure: LinkResult }

/** The file's JSON and version, once it is known to be a Parallax comparison file. */
function parseFile(text: string): FileJson {
  if (typeof text !== 'string') return { ok: false, failure: linkFailure('not-a-link', NOT_A_FILE) }
  if (text.length > MAX_FILE_LENGTH) {
    return {
      ok: false,
      failure: linkFailure('too-large', 'This file is larger than Parallax opens (16 MB).'),
    }
  }
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return {
      ok: false,
      failure: linkFailure(
        'corrupt',
        'This file is damaged or is not a Parallax comparison file (it is not valid JSON).',
      ),
    }
  }
  if (
    typeof json !== 'object' ||
    json === null ||
    (json as { format?: unknown }).format !== FILE_FORMAT
  ) {
    return { ok: false, failure: linkFailure('not-a-link', NOT_A_FILE) }
  }
  return { ok: true, json, version: (json as { version?: unknown }).version }
}

/** Reads a comparison file of a pair (versions 1 and 2). Never throws; the same validation as links. */
export function fromComparisonFile(text: string, options: DecodeOptions = {}): LinkResult {
  const file = parseFile(text)
  if (!file.ok) return file.failure
  return readPairFile(file.json, file.version, options)
}

function readPairFile(json: object, version: unknown, options: DecodeOptions): LinkResult {
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

/** The file of a comparison of three to five accounts (version 3). Throws a RangeError for a state no
 * file can hold. */
export function toManyComparisonFile(state: ManyLinkState): string {
  checkWritable(state, 'file')
  const body = {
    format: FILE_FORMAT,
    version: MANY_FILE_VERSION,
    ...writeManyPayload(state, 'file'),
  }
  return `${JSON.stringify(body, null, 2)}\n`
}

/** Reads any comparison file: a pair's (versions 1 and 2) or one of many accounts (version 3). */
export function readComparisonFile(text: string, options: DecodeOptions = {}): AnyLinkResult {
  const file = parseFile(text)
  if (!file.ok) return file.failure
  if (file.version !== MANY_FILE_VERSION) return readPairFile(file.json, file.version, options)
  const result = readManyPayload(file.json, 'file')
  if (result.ok || result.error.code !== 'corrupt') return result
  return { ...result, error: linkError('corrupt', DAMAGED_FILE) }
}
