import { describe, expect, it } from 'vitest'
import { divergencesToMarkdown } from '../../../src/core/report'
import { comparison, div, seg } from './fake-comparison'

const labels = { a: 'Kremlin readout', b: "Trump's remarks" }
/** A label as the report writes it in a sentence: in an isolate of its own (FSI … PDI). */
const iso = (label: string) => `\u2068${label}\u2069`

describe('divergencesToMarkdown', () => {
  it('gives each divergence a heading with topic and kind, then quotes each side under its label', () => {
    const md = divergencesToMarkdown(
      comparison(
        [seg('a', 0, 'Putin noted that we still continued\nthe search for a negotiated solution.')],
        [seg('b', 0, '“No, I didn’t make any progress with him today.”')],
        [div({ a: ['a0'], b: ['b0'], summary: 'Search for a solution vs no progress.' })],
      ),
      labels,
    )
    expect(md).toContain('## 1. Ukraine — progress — contradicts')
    expect(md).toContain('Search for a solution vs no progress.')
    expect(md).toContain(
      `**${iso('Kremlin readout')}:**\n\n> Putin noted that we still continued the search for a negotiated solution.`,
    )
    expect(md).toContain(
      `**${iso("Trump's remarks")}:**\n\n> “No, I didn’t make any progress with him today.”`,
    )
  })

  it('names the silent side of a one-sided divergence', () => {
    const md = divergencesToMarkdown(
      comparison(
        [seg('a', 0, 'Putin offered greetings on Independence Day.')],
        [],
        [div({ kind: 'only-a', topicLabel: 'Greetings', a: ['a0'], b: [] })],
      ),
      labels,
    )
    expect(md).toContain(`## 1. Greetings — only in ${iso('Kremlin readout')}`)
    expect(md).toContain(`**${iso("Trump's remarks")}:** _says nothing on this._`)
  })

  it('says so when there is nothing to report', () => {
    expect(divergencesToMarkdown(comparison([], [], []), labels)).toContain('No divergences found.')
  })
})
