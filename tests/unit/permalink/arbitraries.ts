/**
 * fast-check arbitraries for link states, and the run count. CI keeps the default modest;
 * `PARALLAX_FUZZ_RUNS=10000 npx vitest run tests/unit/permalink` runs the long fuzz locally (`npm run fuzz`
 * does the same for every fuzz test).
 */
import fc from 'fast-check'
import { normalizeText } from '../../../src/core/normalize'
import { quoteCheck } from '../../../src/core/permalink'
import type {
  BuiltinLinkState,
  LinkCorrections,
  LinkRange,
  LinkState,
  PastedAccount,
  PastedLinkState,
} from '../../../src/core/permalink'

export const RUNS = Number(process.env.PARALLAX_FUZZ_RUNS) || 500

/** Per-test timeout that grows with the run count (a run is well under a millisecond to a few ms). */
export const TIMEOUT = 10_000 + RUNS * 20

/** Texts from every corner of Unicode: whole graphemes (emoji, combining marks), any code point, lone
 * surrogates, and the characters normalization changes (CR, LF, decomposed accents). */
export const anyText = (maxLength = 40) =>
  fc.oneof(
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: fc.nat(0xffff).map((c) => String.fromCharCode(c)), maxLength }),
    fc.string({
      unit: fc.constantFrom('\r\n', '\r', '\n', 'e', '\u0301', ' ', 'é', 'Ж', '👋🏽', '"', '.', '~'),
      maxLength,
    }),
  )

const check = fc.string({
  unit: fc.constantFrom(...'0123456789abcdefghijklmnopqrstuvwxyz'),
  minLength: 4,
  maxLength: 4,
})

/** Any range a link can hold, not tied to a text (built-in links carry no texts). */
export const anyRange: fc.Arbitrary<LinkRange> = fc
  .tuple(
    fc.constantFrom('a' as const, 'b' as const),
    fc.nat(999_999_998),
    fc.nat(999_999_998),
    fc.option(check, { nil: undefined }),
  )
  .map(([side, x, y, c]) => {
    const start = Math.min(x, y)
    const end = Math.max(x, y) + 1
    return c === undefined ? { side, start, end } : { side, start, end, check: c }
  })

/** A range that fits `text` (offsets into its normalized form), with its check. */
function fittingRange(side: 'a' | 'b', text: string): fc.Arbitrary<LinkRange> | null {
  const norm = normalizeText(text).text
  if (norm.length === 0) return null
  return fc.tuple(fc.nat(norm.length - 1), fc.nat(norm.length - 1)).map(([x, y]) => {
    const start = Math.min(x, y)
    const end = Math.max(x, y) + 1
    return { side, start, end, check: quoteCheck(norm.slice(start, end)) }
  })
}

const offset = fc.nat(999_999_999)
const passagePairs = fc.array(fc.record({ a: offset, b: offset }), { maxLength: 3 })
/** The reader's alignment corrections: absent, or at least one (an empty set is written as none). */
const corrections = fc
  .record({ link: passagePairs, unlink: passagePairs })
  .filter((e) => e.link.length + e.unlink.length > 0)
  .map((e) => e as LinkCorrections)

const lens = {
  corrections,
  focus: fc.oneof(fc.constantFrom('ukraine', 'middle-east', 'custom'), anyText(12)),
  keywords: fc.array(anyText(12), { minLength: 1, maxLength: 4 }),
}

const account = (maxLength: number): fc.Arbitrary<PastedAccount> =>
  fc.record(
    { label: anyText(20), text: anyText(maxLength), source: anyText(30), date: anyText(10) },
    { requiredKeys: ['label', 'text'] },
  )

export const pastedState = (maxLength = 40): fc.Arbitrary<PastedLinkState> =>
  fc
    .record({ a: account(maxLength), b: account(maxLength), ...lens }, { requiredKeys: ['a', 'b'] })
    .chain((s) => {
      const candidates = [fittingRange('a', s.a.text), fittingRange('b', s.b.text)].filter(
        (r): r is fc.Arbitrary<LinkRange> => r !== null,
      )
      const ranges = candidates.length
        ? fc.array(fc.oneof(...candidates), { maxLength: 3 })
        : fc.constant([] as LinkRange[])
      return ranges.map((r): PastedLinkState => ({ kind: 'pasted', ...s, ranges: r }))
    })

export const builtinState: fc.Arbitrary<BuiltinLinkState> = fc
  .record(
    {
      pair: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,30}$/),
      revision: fc.nat(999_999_999),
      ranges: fc.array(anyRange, { maxLength: 4 }),
      ...lens,
    },
    { requiredKeys: ['pair', 'revision', 'ranges'] },
  )
  .map((s): BuiltinLinkState => ({ kind: 'builtin', ...s }))

export const anyState: fc.Arbitrary<LinkState> = fc.oneof(builtinState, pastedState())
