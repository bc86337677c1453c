/**
 * Links and files of three to five accounts. The link is `#m1.<base64url(deflate-raw(UTF-8 JSON))>.e`,
 * all the texts in one DEFLATE stream like `p1`; the file is version 3 of the comparison file. The JSON
 * holds the accounts as a list (`n` in links, `accounts` in files) and the fields every form has:
 * highlights (ranges in any account, `a` to `e`), focus and keywords. A new tag, not a field of `p1`: a
 * version that knows only pairs must say "made by a newer version", not open two of the accounts.
 */
import { linkError, createWarnings, type Carrier } from './messages'
import { compressJson, readCompressedJson } from './pasted'
import { KEYS, isObject, readAccount, readCommon, writeAccount, type Json } from './payload'
import { checkRanges, formatRange, isWritableRange, parseAccountRange } from './ranges'
import type { AccountKey } from '../types'
import type {
  AccountRange,
  LinkErrorCode,
  ManyLinkResult,
  ManyLinkState,
  ManyLinkWarning,
  PastedAccount,
} from './types'

export const MANY_TAG = 'm1'
export const MANY_FILE_VERSION = 3
/** A link of many accounts holds this many, no fewer (two are a pair: `p1`) and no more. */
export const MIN_LINK_ACCOUNTS = 3
export const MAX_LINK_ACCOUNTS = 5

const ACCOUNT_KEYS: readonly AccountKey[] = ['a', 'b', 'c', 'd', 'e']
const ACCOUNTS: Record<Carrier, string> = { link: 'n', file: 'accounts' }

export function manyFailure(
  code: LinkErrorCode,
  message?: string,
  warnings: ManyLinkWarning[] = [],
): ManyLinkResult {
  return { ok: false, error: linkError(code, message), warnings }
}

/** Throws a RangeError for a state no link or file can hold: a bug in the caller. */
export function checkWritable(state: ManyLinkState, carrier: Carrier = 'link'): void {
  const count = state.accounts.length
  if (count < MIN_LINK_ACCOUNTS || count > MAX_LINK_ACCOUNTS) {
    throw new RangeError(
      `A link of many accounts holds ${MIN_LINK_ACCOUNTS} to ${MAX_LINK_ACCOUNTS}, not ${count}.`,
    )
  }
  const keys = ACCOUNT_KEYS.slice(0, count)
  for (const range of state.ranges) {
    if (!isWritableRange(range, keys)) {
      const where = carrier === 'link' ? 'put in a link' : 'saved in the file'
      throw new RangeError(`The selected words (${formatRange(range)}) cannot be ${where}.`)
    }
  }
}

/** The JSON object of a state of many accounts, with the keys of links or of files. */
export function writeManyPayload(state: ManyLinkState, carrier: Carrier): Json {
  const keys = KEYS[carrier]
  const out: Json = { [ACCOUNTS[carrier]]: state.accounts.map((a) => writeAccount(a, keys)) }
  if (state.ranges.length > 0) out[keys.ranges] = state.ranges.map(formatRange)
  if (state.focus !== undefined) out[keys.focus] = state.focus
  if (state.keywords?.length) out[keys.keywords] = state.keywords
  return out
}

/** Validates a parsed JSON value into a state of many accounts; ranges that do not fit are dropped. */
export function readManyPayload(json: unknown, carrier: Carrier): ManyLinkResult {
  const keys = KEYS[carrier]
  const warnings = createWarnings<AccountRange>(carrier)
  if (!isObject(json)) return manyFailure('corrupt', undefined, warnings.all())
  const { ranges, lens } = readCommon(json, keys, warnings, parseAccountRange)
  const list = json[ACCOUNTS[carrier]]
  const accounts = Array.isArray(list) ? list.map((v) => readAccount(v, keys, warnings)) : []
  if (
    accounts.length < MIN_LINK_ACCOUNTS ||
    accounts.length > MAX_LINK_ACCOUNTS ||
    accounts.some((a) => a === null)
  ) {
    return manyFailure('corrupt', undefined, warnings.all())
  }
  const texts = Object.fromEntries(accounts.map((a, i) => [ACCOUNT_KEYS[i]!, a!.text]))
  const fitting: AccountRange[] = []
  for (const checked of checkRanges(ranges, texts)) {
    if (checked.status === 'ok' || checked.status === 'unchecked') fitting.push(checked.range)
    else warnings.add(checked.status, checked.range)
  }
  const value: ManyLinkState = {
    kind: 'many',
    accounts: accounts as PastedAccount[],
    ranges: fitting,
    ...lens,
  }
  return { ok: true, value, warnings: warnings.all() }
}

/** The fragment (starting with `#`) that opens a comparison of three to five accounts. */
export async function encodeManyLink(state: ManyLinkState): Promise<string> {
  checkWritable(state)
  return `#${MANY_TAG}.${await compressJson(writeManyPayload(state, 'link'))}.e`
}

export async function decodeMany(body: string, terminated: boolean): Promise<ManyLinkResult> {
  const read = await readCompressedJson(body, terminated)
  if (!read.ok) return manyFailure(read.code)
  return readManyPayload(read.json, 'link')
}
