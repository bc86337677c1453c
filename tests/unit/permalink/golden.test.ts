/**
 * Golden links: exact strings for a few states. If one of these fails, a link someone already sent would
 * open differently (or not at all): change the format under a new tag instead of editing the fixture.
 * Runs in the default (jsdom) environment on purpose: the codec must work where the UI tests run too.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import golden from '../../fixtures/golden-links.json'
import { checkRanges, decodeLink, encodeLink, type LinkState } from '../../../src/core/permalink'

// Relative to the project root, where Vitest runs. Checking the built-in ranges against the shipped texts
// also catches an edit to a built-in text that forgot to bump its revision.
const builtinText = (file: string) =>
  readFileSync(join('public/accounts/2025-07-03-putin-trump', file), 'utf8')
const builtinTexts = { a: builtinText('kremlin.txt'), b: builtinText('trump.txt') }
const options = { knownPairs: golden.knownPairs }
const cases = golden.links.map((c) => ({ ...c, state: c.state as LinkState }))

describe.each(cases)('golden link $name', ({ link, state }) => {
  it('decodes to its state', async () => {
    expect(await decodeLink(link, options)).toEqual({ ok: true, value: state, warnings: [] })
  })

  it('is what the encoder writes for that state', async () => {
    expect(await encodeLink(state)).toBe(link)
  })

  it('highlights text that is still there', () => {
    const texts = state.kind === 'builtin' ? builtinTexts : { a: state.a.text, b: state.b.text }
    const statuses = checkRanges(state.ranges, texts).map((c) => c.status)
    expect(statuses.every((s) => s === 'ok')).toBe(true)
  })
})

it('the golden set covers both forms, two ranges, Russian with emoji, focus and keywords', () => {
  const states = cases.map((c) => c.state)
  expect(cases.some((c) => c.link.startsWith('#b1.'))).toBe(true)
  expect(cases.some((c) => c.link.startsWith('#p1.'))).toBe(true)
  expect(states.some((s) => s.ranges.length === 2)).toBe(true)
  expect(
    states.some(
      (s) =>
        s.kind === 'pasted' &&
        /[а-я]/.test(s.a.text) &&
        /\p{Extended_Pictographic}/u.test(s.a.text),
    ),
  ).toBe(true)
  expect(states.some((s) => s.focus && s.keywords?.length)).toBe(true)
})
