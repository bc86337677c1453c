/**
 * Golden links of three to five accounts (`m1`): exact strings for a few states. If one fails, a link
 * someone already sent would open differently: change the format under a new tag instead.
 */
import { describe, expect, it } from 'vitest'
import golden from '../../fixtures/golden-many-links.json'
import {
  checkRanges,
  decodeLink,
  encodeManyLink,
  readLink,
  type ManyLinkState,
} from '../../../src/core/permalink'

const cases = golden.links.map((c) => ({ ...c, state: c.state as ManyLinkState }))

describe.each(cases)('golden m1 link $name', ({ link, state }) => {
  it('decodes to its state', async () => {
    expect(await readLink(link)).toEqual({ ok: true, value: state, warnings: [] })
  })

  it('is what the encoder writes for that state', async () => {
    expect(await encodeManyLink(state)).toBe(link)
  })

  it('highlights text that is still there', () => {
    const texts = Object.fromEntries(state.accounts.map((a, i) => ['abcde'[i]!, a.text]))
    expect(checkRanges(state.ranges, texts).every((c) => c.status === 'ok')).toBe(true)
  })

  it('is a form the reader of pairs does not know: "made by a newer version", not two accounts', async () => {
    expect(await decodeLink(link)).toMatchObject({ ok: false, error: { code: 'unknown-version' } })
  })
})

it('the golden set covers three and five accounts, ranges past b, sources, dates, keywords', () => {
  const states = cases.map((c) => c.state)
  expect(states.map((s) => s.accounts.length).sort()).toEqual([3, 5])
  expect(states.some((s) => s.ranges.some((r) => r.side === 'c'))).toBe(true)
  expect(states.some((s) => s.ranges.some((r) => r.side === 'e'))).toBe(true)
  expect(states.some((s) => s.accounts.some((a) => a.source && a.date))).toBe(true)
  expect(states.some((s) => s.focus && s.keywords?.length)).toBe(true)
})
