import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DownloadReport } from '../../src/components/export/download-report'
import { decodeLink } from '../../src/core'
import type { AccountPair } from '../../src/data/pair'
import { ENVOY, MINISTRY, PAIR, fixtureComparison } from './fixtures'
import { PASTED } from './share-fixtures'

let saved: { blob: Blob; name: string }[] = []

beforeEach(() => {
  saved = []
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    saved.push({ blob: blob as Blob, name: '' })
    return `blob:report-${saved.length}`
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
  // The download's name is on the link it clicks; jsdom does not navigate.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    saved.at(-1)!.name = this.download
  })
})
afterEach(() => vi.restoreAllMocks())

async function download(pair: AccountPair, format: 'Markdown (.md)' | 'HTML (.html)') {
  const user = userEvent.setup()
  render(
    <DownloadReport pair={pair} comparison={fixtureComparison()} lens={{ focus: 'prisoners' }} />,
  )
  await user.click(screen.getByRole('button', { name: 'Download report' }))
  await user.click(screen.getByRole('button', { name: format }))
  await waitFor(() => expect(saved).toHaveLength(1))
  return { ...saved[0]!, text: await saved[0]!.blob.text() }
}

const linksIn = (text: string) => [...text.matchAll(/\(<(http[^>]+)>\)/g)].map((m) => m[1]!)

describe('Download report', () => {
  it('saves a Markdown report: divergences quoted under the labels, each linked to its passages', async () => {
    const file = await download(PAIR, 'Markdown (.md)')
    expect(file.name).toBe('geneva-talks-4-march-2024-report.md')
    expect(file.blob.type).toMatch(/^text\/markdown/)
    expect(file.text).toMatch(/^# Geneva talks, 4 March 2024\n/)
    expect(file.text).toContain('Focus: Prisoners — exchanges')
    expect(file.text).toContain(
      `**\u2068${MINISTRY}\u2069:**\n\n> Both sides reported progress on prisoner exchanges.`,
    )
    // Each label and speaker in an isolate of its own (FSI … PDI): see src/core/bidi-isolate.ts.
    expect(file.text).toContain(
      `**\u2068${ENVOY}\u2069 (\u2068The envoy\u2069):**\n\n> There was no progress on prisoners.`,
    )
    expect(file.text).toContain('**Why:** Opposite accounts of the outcome.')
    expect(screen.queryByRole('button', { name: 'Markdown (.md)' })).toBeNull()

    // One link to the comparison, then one per divergence naming exactly that divergence's passages.
    const links = linksIn(file.text)
    expect(links).toHaveLength(1 + fixtureComparison().divergences.length)
    const first = await decodeLink(new URL(links[1]!).hash)
    const a2 = PAIR.a.text.indexOf('Both sides reported')
    expect(first.ok && first.value.kind).toBe('builtin')
    expect(first.ok && first.value.ranges).toEqual([
      expect.objectContaining({ side: 'a', start: a2 }),
      expect.objectContaining({ side: 'b', start: PAIR.b.text.indexOf('There was no progress') }),
    ])
  })

  it('for a pasted pair, holds one link that carries both texts, not one per divergence', async () => {
    const file = await download(PASTED, 'Markdown (.md)')
    const links = linksIn(file.text)
    expect(links).toHaveLength(1)
    const decoded = await decodeLink(new URL(links[0]!).hash)
    expect(decoded.ok && decoded.value.kind === 'pasted' && decoded.value.a.text).toBe(PAIR.a.text)
  })

  it('saves one self-contained HTML file with both accounts and the divergences', async () => {
    const file = await download(PAIR, 'HTML (.html)')
    expect(file.name).toBe('geneva-talks-4-march-2024-report.html')
    expect(file.blob.type).toMatch(/^text\/html/)
    const doc = new DOMParser().parseFromString(file.text, 'text/html')
    expect(doc.querySelectorAll('script, link, img')).toHaveLength(0)
    expect(doc.querySelector(`section[aria-label="${MINISTRY}"]`)?.textContent).toContain(
      'They agreed to extend the grain corridor.',
    )
    expect(doc.querySelector(`section[aria-label="${ENVOY}"]`)?.textContent).toContain(
      'We also talked about fishing rights.',
    )
    expect(doc.querySelectorAll('ol.divergences > li')).toHaveLength(2)
  })

  it('closes the format menu on Escape and gives focus back to the button', async () => {
    const user = userEvent.setup()
    render(<DownloadReport pair={PAIR} comparison={fixtureComparison()} lens={{}} />)
    const button = screen.getByRole('button', { name: 'Download report' })
    await user.click(button)
    expect(button).toHaveAttribute('aria-expanded', 'true')
    await user.tab()
    expect(screen.getByRole('button', { name: 'Markdown (.md)' })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('button', { name: 'Markdown (.md)' })).toBeNull()
    expect(button).toHaveFocus()
    expect(button).toHaveAttribute('aria-expanded', 'false')
  })
})
