import { expect } from 'vitest'
import type { Segment } from '../../../src/core'

/**
 * The promise every comparison keeps about its passages: each lies inside its text and is exactly the
 * text it claims to be, they come in order without overlapping, and what lies between them is only
 * whitespace. Checked without a per-character `expect`, so a 200 KB text costs milliseconds.
 */
export function expectSegmentsCover(segments: Segment[], text: string) {
  let previousEnd = 0
  for (const s of segments) {
    expect(s.start).toBeGreaterThanOrEqual(previousEnd)
    expect(s.end).toBeGreaterThan(s.start)
    expect(s.end).toBeLessThanOrEqual(text.length)
    expect(text.slice(s.start, s.end)).toBe(s.text)
    expect(text.slice(previousEnd, s.start)).toMatch(/^\s*$/u)
    previousEnd = s.end
  }
  expect(text.slice(previousEnd)).toMatch(/^\s*$/u)
}
