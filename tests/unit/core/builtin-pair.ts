import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { compareAccounts, type Comparison, type Segment } from '../../../src/core'

// Vitest runs from the repository root.
const read = (file: string) =>
  readFileSync(join('public/accounts/2025-07-03-putin-trump', file), 'utf8')
export const kremlin = { label: 'Kremlin readout', text: read('kremlin.txt') }
export const trump = { label: "Trump's remarks", text: read('trump.txt') }

export function compareBuiltIn(): Comparison {
  return compareAccounts(kremlin, trump, { focus: 'ukraine' })
}

/** The one passage whose text contains `snippet`; throws when there is none or several. */
export function passageWith(segments: Segment[], snippet: string): Segment {
  const found = segments.filter((s) => s.text.includes(snippet))
  if (found.length !== 1) throw new Error(`${found.length} passages contain “${snippet}”`)
  return found[0]!
}
