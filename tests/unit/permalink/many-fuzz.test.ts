// @vitest-environment node
/** Property tests of the m1 form: any state of three to five accounts round-trips; any damage to a
 * link gives a well-formed result, never a throw. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeText } from '../../../src/core/normalize'
import {
  encodeManyLink,
  quoteCheck,
  readLink,
  type AccountRange,
  type ManyLinkState,
} from '../../../src/core/permalink'
import { anyText, RUNS, TIMEOUT } from './arbitraries'

const KEYS = ['a', 'b', 'c', 'd', 'e'] as const

const account = fc.record(
  { label: anyText(20), text: anyText(40), source: anyText(30), date: anyText(10) },
  { requiredKeys: ['label', 'text'] },
)

/** Ranges that fit the accounts' normalized texts, with their checks. */
function fittingRanges(texts: string[]): fc.Arbitrary<AccountRange[]> {
  const options = texts.flatMap((text, i) => {
    const norm = normalizeText(text).text
    if (norm.length === 0) return []
    return [
      fc.tuple(fc.nat(norm.length - 1), fc.nat(norm.length - 1)).map(([x, y]) => {
        const [start, end] = [Math.min(x, y), Math.max(x, y) + 1]
        return { side: KEYS[i]!, start, end, check: quoteCheck(norm.slice(start, end)) }
      }),
    ]
  })
  return options.length ? fc.array(fc.oneof(...options), { maxLength: 4 }) : fc.constant([])
}

const manyState: fc.Arbitrary<ManyLinkState> = fc
  .record(
    {
      accounts: fc.array(account, { minLength: 3, maxLength: 5 }),
      focus: anyText(12),
      keywords: fc.array(anyText(12), { minLength: 1, maxLength: 3 }),
    },
    { requiredKeys: ['accounts'] },
  )
  .chain((s) =>
    fittingRanges(s.accounts.map((a) => a.text)).map((ranges): ManyLinkState => ({
      kind: 'many',
      ...s,
      ranges,
    })),
  )

describe('m1 properties', () => {
  it(
    'decode(encode(state)) is the state',
    async () => {
      await fc.assert(
        fc.asyncProperty(manyState, async (state) => {
          expect(await readLink(await encodeManyLink(state))).toEqual({
            ok: true,
            value: state,
            warnings: [],
          })
        }),
        { numRuns: RUNS },
      )
    },
    TIMEOUT,
  )

  it(
    'a link with any character changed, dropped or cut off reads as a result, never a throw',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          manyState,
          fc.nat(),
          fc.string({ maxLength: 1 }),
          async (state, at, char) => {
            const link = await encodeManyLink(state)
            const i = at % link.length
            for (const damaged of [link.slice(0, i) + char + link.slice(i + 1), link.slice(0, i)]) {
              const result = await readLink(damaged)
              expect(typeof result.ok).toBe('boolean')
              if (!result.ok) expect(result.error.message).toMatch(/^[A-Z].*\.$/)
            }
          },
        ),
        { numRuns: RUNS },
      )
    },
    TIMEOUT,
  )
})
