// @vitest-environment node
/**
 * The size budgets of links (README, "Sharing links"), measured on full URLs: a link to one passage of
 * the built-in pair ≤ 120 characters; two pasted accounts of 1,500 characters each with one highlight
 * ≤ 2,000 (the length every chat and mail channel keeps).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  createRange,
  encodeLink,
  SAFE_LINK_LENGTH,
  type PastedLinkState,
} from '../../../src/core/permalink'
import { ESTMARK_READOUT, NORLAND_READOUT } from './prose'

const BASE = 'https://parallax.example/'
const kremlin = readFileSync(
  new URL('../../../public/accounts/2025-07-03-putin-trump/kremlin.txt', import.meta.url),
  'utf8',
)

describe('link sizes', () => {
  it('one passage of the built-in pair: ≤ 120 characters, even at the end of the text with a focus', async () => {
    // The last sentence has the largest offsets, so the longest range token.
    const start = kremlin.lastIndexOf('”') - 200
    const link = await encodeLink({
      kind: 'builtin',
      pair: '2025-07-03-putin-trump',
      revision: 1,
      ranges: [createRange('a', kremlin, start, kremlin.length)],
      focus: 'ukraine',
    })
    const url = BASE + link
    console.info(`built-in, one passage + focus: ${url.length} characters (${url})`)
    expect(url.length).toBeLessThanOrEqual(120)
  })

  it('two pasted accounts of 1,500 characters, labels, dates, focus and one highlight: ≤ 2,000', async () => {
    // Exactly 1,500 characters each, cut from longer readouts (so mid-sentence, as a reader's selection).
    const a = NORLAND_READOUT.slice(0, 1_500)
    const b = ESTMARK_READOUT.slice(0, 1_500)
    const quote =
      'no quota can be agreed while Norlandic vessels continue to enter the disputed zone'
    const at = b.indexOf(quote)
    const state: PastedLinkState = {
      kind: 'pasted',
      a: { label: 'Norland government readout', text: a, date: '2025-07-03' },
      b: { label: 'Estmark presidential office', text: b, date: '2025-07-03' },
      ranges: [createRange('b', b, at, at + quote.length)],
      focus: 'trade',
    }
    const length = async (s: PastedLinkState) => (BASE + (await encodeLink(s))).length
    const measured = await length(state)
    const bare = await length({ ...state, a: { label: 'A', text: a }, b: { label: 'B', text: b } })
    const sourced = await length({
      ...state,
      a: {
        ...state.a,
        source: 'https://government.norland.example/news/2025/07/pm-call-with-president-reik',
      },
      b: { ...state.b, source: 'https://president.estmark.example/en/events/7731' },
    })
    console.info(
      `pasted 2 × 1,500 characters + one highlight: ${measured} characters with labels, dates and focus; ` +
        `${bare} with one-letter labels; ${sourced} with two source URLs as well`,
    )
    expect(measured).toBeLessThanOrEqual(SAFE_LINK_LENGTH)
    expect(bare).toBeLessThan(measured)
  })
})
