/** What every decode result must look like, however hostile the input. */
import { expect } from 'vitest'
import type { LinkRange, LinkResult, LinkState } from '../../../src/core/permalink'

const ERROR_CODES = [
  'not-a-link',
  'truncated',
  'corrupt',
  'unknown-version',
  'too-large',
  'unknown-pair',
  'unsupported',
]
const WARNING_CODES = ['check-failed', 'range-outside', 'bad-range', 'ignored-part']

function expectRange(range: LinkRange): void {
  expect(['a', 'b']).toContain(range.side)
  expect(Number.isSafeInteger(range.start) && range.start >= 0).toBe(true)
  expect(Number.isSafeInteger(range.end) && range.end > range.start).toBe(true)
  if (range.check !== undefined) expect(range.check).toMatch(/^[0-9a-z]{4}$/)
}

function expectState(state: LinkState): void {
  state.ranges.forEach(expectRange)
  if (state.focus !== undefined) expect(typeof state.focus).toBe('string')
  if (state.keywords !== undefined) {
    expect(state.keywords.length).toBeGreaterThan(0)
    for (const k of state.keywords) expect(typeof k).toBe('string')
  }
  if (state.kind === 'builtin') {
    expect(state.pair).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]*$/)
    expect(Number.isSafeInteger(state.revision)).toBe(true)
  } else {
    for (const account of [state.a, state.b]) {
      expect(typeof account.label).toBe('string')
      expect(typeof account.text).toBe('string')
    }
  }
}

export function expectWellFormed(result: LinkResult): void {
  for (const w of result.warnings) {
    expect(WARNING_CODES).toContain(w.code)
    expect(w.message.length).toBeGreaterThan(0)
  }
  if (result.ok) expectState(result.value)
  else {
    expect(ERROR_CODES).toContain(result.error.code)
    expect(result.error.message).toMatch(/^[A-Z].*\.$/)
    if (result.recovered) expectState(result.recovered)
  }
}
