/**
 * What the reader is told. Plain sentences, no jargon: the person who opens a bad link did not make it,
 * so each message says what went wrong and what they can do about it.
 */
import type { AccountKey } from '../types'
import type {
  AccountRange,
  LinkError,
  LinkErrorCode,
  LinkRange,
  LinkResult,
  LinkWarning,
  LinkWarningCode,
} from './types'

/** What carried the comparison to the reader: the messages name it ("this link", "this comparison file"). */
export type Carrier = 'link' | 'file'

const THIS: Record<Carrier, string> = { link: 'this link', file: 'this comparison file' }
const capital = (text: string) => text[0]!.toUpperCase() + text.slice(1)

const unknownPair = (carrier: Carrier) =>
  `${capital(THIS[carrier])} points to a built-in comparison that this version of Parallax does not have.`

const ERRORS: Record<LinkErrorCode, string> = {
  'not-a-link': 'This is not a Parallax link.',
  truncated:
    'This link was cut off: it is missing its end. Ask the sender to copy it again, or to send the comparison as a file.',
  corrupt:
    'This link is damaged: some of its characters were changed on the way. Ask the sender to copy it again.',
  'unknown-version':
    'This link was made by a newer version of Parallax, which this page cannot read. Reload the page, or ask the sender for a link from the current version.',
  'too-large':
    'This link holds more text than Parallax opens (more than 4 MB). Ask the sender to share the comparison as a file instead.',
  'unknown-pair': unknownPair('link'),
  unsupported:
    'This browser cannot unpack links that carry their own texts. Open the link in a current version of Chrome, Edge, Firefox or Safari.',
}

export function linkError(code: LinkErrorCode, message: string = ERRORS[code]): LinkError {
  return { code, message }
}

/** A built-in pair this app does not have at all. */
export const unknownPairError = (carrier: Carrier): LinkError =>
  linkError('unknown-pair', unknownPair(carrier))

/** A built-in pair this app has, but in another revision than the one the link or file was made for. */
export const otherRevisionError = (carrier: Carrier, made: number, here: number): LinkError =>
  linkError(
    'unknown-pair',
    `${capital(THIS[carrier])} was made for revision ${made} of this built-in comparison; this version ` +
      `of Parallax has revision ${here}. Its highlighted passages may no longer fit.`,
  )

/** A failed result with nothing recovered. */
export function linkFailure(
  code: LinkErrorCode,
  message?: string,
  warnings: LinkWarning[] = [],
): LinkResult {
  return { ok: false, error: linkError(code, message), warnings }
}

const ORDINALS: Record<AccountKey, string> = {
  a: 'first',
  b: 'second',
  c: 'third',
  d: 'fourth',
  e: 'fifth',
}
const sideName = (side: AccountKey) => ORDINALS[side]

const count = (n: number) => n.toLocaleString('en-US')

/** The sentence for a warning; `times` is how often a general warning's cause occurred. */
const WARNINGS: Record<
  LinkWarningCode,
  (range: AccountRange | undefined, times: number, carrier: Carrier) => string
> = {
  'check-failed': (r) =>
    `A highlighted passage in the ${sideName(r?.side ?? 'a')} account no longer matches the text it was made for, so it is not highlighted.`,
  'range-outside': (r) =>
    `A highlighted passage points past the end of the ${sideName(r?.side ?? 'a')} account, so it is not highlighted.`,
  'bad-range': (_, times, carrier) =>
    times === 1
      ? `One highlighted passage in ${THIS[carrier]} is damaged and was left out.`
      : `${count(times)} highlighted passages in ${THIS[carrier]} are damaged and were left out.`,
  'ignored-part': (_, __, carrier) =>
    `Part of ${THIS[carrier]} was not understood and was ignored.`,
}

/**
 * The warnings of one decode, merged as they are added: a general warning is kept once, with how often
 * its cause occurred (a link of 10,000 damaged ranges says so in one sentence, not 10,000 times). A
 * warning about a range names that range and stays; there are at most MAX_RANGES of those.
 * Every path that reads a link or a file adds its warnings here, so none can pile them up.
 */
export function createWarnings<R extends AccountRange = LinkRange>(carrier: Carrier) {
  const entries: { code: LinkWarningCode; range?: R; times: number }[] = []
  const general = new Map<LinkWarningCode, { times: number }>()
  return {
    add(code: LinkWarningCode, range?: R) {
      if (range) {
        entries.push({ code, range, times: 1 })
        return
      }
      const seen = general.get(code)
      if (seen) {
        seen.times++
        return
      }
      const entry = { code, times: 1 }
      general.set(code, entry)
      entries.push(entry)
    },
    /** The warnings so far, in the order they first occurred. Sentences are written only here: once each. */
    all: (): (Omit<LinkWarning, 'range'> & { range?: R })[] =>
      entries.map(({ code, range, times }) => {
        const message = WARNINGS[code](range, times, carrier)
        return range ? { code, message, range } : { code, message }
      }),
  }
}

export type Warnings = ReturnType<typeof createWarnings>
