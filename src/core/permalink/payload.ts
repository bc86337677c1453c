/**
 * The JSON object behind the pasted form (short keys, to keep links short) and the comparison file (long
 * keys, to be readable). One reader validates both. Fields are optional where they can be, and unknown
 * fields are ignored, so a later version can add fields that this one skips; a change in meaning gets a
 * new tag or file version instead (the reader's alignment corrections came with p2 and file
 * version 2, the forms with corrections, and are read only there).
 */
import { formatCorrections, hasCorrections, parseCorrections } from './corrections'
import { MAX_RANGES } from './limits'
import { createWarnings, linkFailure, type Carrier, type Warnings } from './messages'
import { formatPairRef, parsePairRef, resolvePair } from './pair'
import { checkRanges, formatRange, parseRange } from './ranges'
import type {
  AccountRange,
  DecodeOptions,
  LinkCorrections,
  LinkLens,
  LinkRange,
  LinkResult,
  LinkState,
  PastedAccount,
} from './types'

export interface PayloadKeys {
  label: string
  text: string
  source: string
  date: string
  pair: string
  ranges: string
  focus: string
  keywords: string
  corrections: string
}

const SHORT_KEYS: PayloadKeys = {
  label: 'l',
  text: 't',
  source: 's',
  date: 'd',
  pair: 'p',
  ranges: 'h',
  focus: 'f',
  keywords: 'k',
  corrections: 'e',
}

const LONG_KEYS: PayloadKeys = {
  label: 'label',
  text: 'text',
  source: 'source',
  date: 'date',
  pair: 'pair',
  ranges: 'highlights',
  focus: 'focus',
  keywords: 'keywords',
  corrections: 'alignmentEdits',
}

/** Links keep their JSON short; files are meant to be read. */
export const KEYS: Record<Carrier, PayloadKeys> = { link: SHORT_KEYS, file: LONG_KEYS }

export type Json = Record<string, unknown>

export function writeAccount(account: PastedAccount, keys: PayloadKeys): Json {
  const out: Json = { [keys.label]: account.label, [keys.text]: account.text }
  if (account.source !== undefined) out[keys.source] = account.source
  if (account.date !== undefined) out[keys.date] = account.date
  return out
}

/** The JSON object for a state. Ranges use the same written form as b1 links (`a12-40~k3x9`). */
export function writePayload(state: LinkState, carrier: Carrier): Json {
  const keys = KEYS[carrier]
  const out: Json =
    state.kind === 'builtin'
      ? { [keys.pair]: formatPairRef(state.pair, state.revision) }
      : { a: writeAccount(state.a, keys), b: writeAccount(state.b, keys) }
  if (state.ranges.length > 0) out[keys.ranges] = state.ranges.map(formatRange)
  if (state.focus !== undefined) out[keys.focus] = state.focus
  if (state.keywords?.length) out[keys.keywords] = state.keywords
  if (hasCorrections(state.corrections)) {
    out[keys.corrections] = formatCorrections(state.corrections)
  }
  return out
}

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Reads the fields every state has; malformed ones are dropped with a warning. `parse` reads a range
 * token: a pair's (`a`/`b`), or one of many accounts'. */
export function readCommon<R extends AccountRange = LinkRange>(
  json: Json,
  keys: PayloadKeys,
  warnings: { add: (code: 'bad-range' | 'ignored-part') => void },
  parse: (token: string) => R | null = parseRange as (token: string) => R | null,
) {
  let ignored = false
  const ranges: R[] = []
  const rawRanges = json[keys.ranges]
  if (Array.isArray(rawRanges)) {
    for (const token of rawRanges) {
      const range = typeof token === 'string' ? parse(token) : null
      if (!range) warnings.add('bad-range')
      else if (ranges.length < MAX_RANGES) ranges.push(range)
      else ignored = true
    }
  } else if (rawRanges !== undefined) ignored = true
  const lens: LinkLens = {}
  const focus = json[keys.focus]
  if (typeof focus === 'string') lens.focus = focus
  else if (focus !== undefined) ignored = true
  const keywords = json[keys.keywords]
  if (Array.isArray(keywords)) {
    const words = keywords.filter((k): k is string => typeof k === 'string')
    if (words.length < keywords.length) ignored = true
    if (words.length > 0) lens.keywords = words
  } else if (keywords !== undefined) ignored = true
  if (ignored) warnings.add('ignored-part')
  return { ranges, lens }
}

/** The reader's alignment corrections, as `{ corrections }` to spread into a state; `{}` when none. */
function readCorrections(value: unknown, warnings: Warnings): { corrections?: LinkCorrections } {
  if (value === undefined) return {}
  if (!Array.isArray(value)) {
    warnings.add('ignored-part')
    return {}
  }
  const { corrections, dropped } = parseCorrections(value)
  if (dropped) warnings.add('ignored-part')
  return hasCorrections(corrections) ? { corrections } : {}
}

export function readAccount(
  value: unknown,
  keys: PayloadKeys,
  warnings: { add: (code: 'ignored-part') => void },
) {
  if (!isObject(value) || typeof value[keys.text] !== 'string') return null
  const label = value[keys.label]
  const account: PastedAccount = {
    label: typeof label === 'string' ? label : '',
    text: value[keys.text] as string,
  }
  let ignored = label !== undefined && typeof label !== 'string'
  for (const field of ['source', 'date'] as const) {
    const v = value[keys[field]]
    if (typeof v === 'string') account[field] = v
    else if (v !== undefined) ignored = true
  }
  if (ignored) warnings.add('ignored-part')
  return account
}

/**
 * Validates a parsed JSON value into a state. Pasted ranges are checked against the texts here: a range
 * that does not fit is dropped with a warning, and the comparison still opens.
 */
export function readPayload(
  json: unknown,
  carrier: Carrier,
  options: DecodeOptions,
  withCorrections = false,
): LinkResult {
  const keys = KEYS[carrier]
  const warnings = createWarnings(carrier)
  if (!isObject(json)) return linkFailure('corrupt', undefined, warnings.all())
  const { ranges, lens } = readCommon(json, keys, warnings)
  const corrections = withCorrections ? readCorrections(json[keys.corrections], warnings) : {}
  const pairRef = json[keys.pair]
  if (pairRef !== undefined) {
    const ref = typeof pairRef === 'string' ? parsePairRef(pairRef) : null
    if (!ref) return linkFailure('corrupt', undefined, warnings.all())
    const state: LinkState = { kind: 'builtin', ...ref, ranges, ...lens, ...corrections }
    return resolvePair(state, warnings.all(), options.knownPairs, carrier)
  }
  const a = readAccount(json.a, keys, warnings)
  const b = readAccount(json.b, keys, warnings)
  if (!a || !b) return linkFailure('corrupt', undefined, warnings.all())
  const fitting: LinkRange[] = []
  for (const checked of checkRanges(ranges, { a: a.text, b: b.text })) {
    if (checked.status === 'ok' || checked.status === 'unchecked') fitting.push(checked.range)
    else warnings.add(checked.status, checked.range)
  }
  const value: LinkState = { kind: 'pasted', a, b, ranges: fitting, ...lens, ...corrections }
  return { ok: true, value, warnings: warnings.all() }
}
