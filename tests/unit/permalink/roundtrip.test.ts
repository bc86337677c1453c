// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  decodeLink,
  encodeLink,
  fromComparisonFile,
  toComparisonFile,
} from '../../../src/core/permalink'
import { builtinState, pastedState, RUNS, TIMEOUT } from './arbitraries'

const known = (s: { kind: string; pair?: string; revision?: number }) =>
  s.kind === 'builtin' ? { knownPairs: [`${s.pair}@${s.revision}`] } : {}

describe('decode(encode(state)) is the state', { timeout: TIMEOUT }, () => {
  it('for built-in pairs with any ranges, focus and keywords', async () => {
    await fc.assert(
      fc.asyncProperty(builtinState, async (state) => {
        const link = await encodeLink(state)
        expect(await decodeLink(link, known(state))).toEqual({
          ok: true,
          value: state,
          warnings: [],
        })
      }),
      { numRuns: RUNS },
    )
  })

  it('for pasted pairs with arbitrary Unicode texts, labels, sources and ranges', async () => {
    await fc.assert(
      fc.asyncProperty(pastedState(), async (state) => {
        const link = await encodeLink(state)
        expect(await decodeLink(link)).toEqual({ ok: true, value: state, warnings: [] })
      }),
      { numRuns: RUNS },
    )
  })

  it('for long pasted texts', async () => {
    await fc.assert(
      fc.asyncProperty(pastedState(3_000), async (state) => {
        expect(await decodeLink(await encodeLink(state))).toEqual({
          ok: true,
          value: state,
          warnings: [],
        })
      }),
      { numRuns: Math.ceil(RUNS / 10) },
    )
  })

  it('picks the short form exactly when the built-in state fits it', async () => {
    await fc.assert(
      fc.asyncProperty(builtinState, async (state) => {
        const short =
          !state.keywords &&
          (state.focus === undefined || /^[a-z0-9][a-z0-9_-]*$/.test(state.focus))
        const tag = state.corrections ? '#b2.' : '#b1.'
        expect((await encodeLink(state)).startsWith(tag)).toBe(short)
      }),
      { numRuns: RUNS },
    )
  })
})

describe('fromComparisonFile(toComparisonFile(state)) is the state', { timeout: TIMEOUT }, () => {
  it('for any state', () => {
    fc.assert(
      fc.property(fc.oneof(builtinState, pastedState()), (state) => {
        expect(fromComparisonFile(toComparisonFile(state), known(state))).toEqual({
          ok: true,
          value: state,
          warnings: [],
        })
      }),
      { numRuns: RUNS },
    )
  })
})
