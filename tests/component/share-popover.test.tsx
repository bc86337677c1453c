import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SharePopover, type ShareSession } from '../../src/components/share/share-popover'
import { decodeLink } from '../../src/core'
import type { AccountPair } from '../../src/data/pair'
import type { TextSpan } from '../../src/lib/selection-offsets'
import { PAIR } from './fixtures'
import { PASTED, pastedPairOf, spanOf } from './share-fixtures'

const GRAIN = 'They agreed to extend the grain corridor.'

function openPopover(pair: AccountPair, spans: TextSpan[], copy = false) {
  const session: ShareSession = {
    id: 1,
    spans,
    anchor: new DOMRect(10, 10, 100, 20),
    copy,
    returnFocus: null,
  }
  const onClose = vi.fn()
  render(
    <SharePopover session={session} pair={pair} lens={{ focus: 'prisoners' }} onClose={onClose} />,
  )
  return { onClose }
}

const linkBox = () => screen.findByRole('textbox', { name: 'Share link' }, { timeout: 5000 })

let writeText: ReturnType<typeof vi.fn>
/** A clipboard to watch. After userEvent.setup(), which puts in a clipboard of its own. */
function mockClipboard() {
  writeText = vi.fn(async (_text: string) => {})
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
}
beforeEach(mockClipboard)
afterEach(() => {
  window.history.replaceState(null, '', '/')
  vi.restoreAllMocks()
})

describe('share popover', () => {
  it('holds a short b1 link for a built-in pair, with its length, and puts it in the address bar', async () => {
    openPopover(PAIR, [spanOf(PAIR, 'a', GRAIN)])
    const dialog = screen.getByRole('dialog', { name: 'Share this passage' })
    const box = await linkBox()
    const url = (box as HTMLInputElement).value
    expect(url).toMatch(
      /^http:\/\/localhost(:\d+)?\/#b1\.test-pair@1\.a\d+-\d+~[0-9a-z]{4}\.fprisoners\.e$/,
    )
    expect(box).toHaveAttribute('readonly')
    expect(within(dialog).getByText(`${url.length} characters`)).toBeInTheDocument()
    expect(within(dialog).queryByText(/Long link/)).toBeNull()
    expect(window.location.hash).toBe(url.slice(url.indexOf('#')))
    // The link opens exactly the passage shared.
    const decoded = await decodeLink(url)
    expect(decoded.ok && decoded.value.ranges).toEqual([
      expect.objectContaining({ side: 'a', start: PAIR.a.text.indexOf(GRAIN) }),
    ])
  })

  it('carries a pasted pair in a p1 link that decodes to both texts', async () => {
    openPopover(PASTED, [spanOf(PASTED, 'b', 'no progress on prisoners')])
    const url = ((await linkBox()) as HTMLInputElement).value
    expect(url).toMatch(/#p1\.[A-Za-z0-9_-]+\.e$/)
    const decoded = await decodeLink(url)
    expect(decoded.ok).toBe(true)
    if (!decoded.ok || decoded.value.kind !== 'pasted') return
    expect(decoded.value.a).toMatchObject({ label: PAIR.a.label, text: PAIR.a.text })
    expect(decoded.value.b.text).toBe(PAIR.b.text)
    expect(decoded.value.focus).toBe('prisoners')
  })

  it('warns above 2,000 characters, without offering a file yet', async () => {
    openPopover(pastedPairOf(2_500), [{ side: 'a', start: 0, end: 40 }])
    const url = ((await linkBox()) as HTMLInputElement).value
    expect(url.length).toBeGreaterThan(2_000)
    expect(url.length).toBeLessThan(32_000)
    expect(
      screen.getByText(/chat and mail clients often cut links over 2,000 characters/),
    ).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Download comparison (.json)' })).toBeNull()
  })

  it('above 32,000 characters offers the comparison as a file, and leaves the address bar alone', async () => {
    const user = userEvent.setup()
    const pair = pastedPairOf(40_000)
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:test')
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() })
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    openPopover(pair, [{ side: 'b', start: 10, end: 50 }])
    const url = ((await linkBox()) as HTMLInputElement).value
    expect(url.length).toBeGreaterThan(32_000)
    expect(screen.getByText(/too long to send/)).toBeInTheDocument()
    expect(window.location.hash).toBe('')
    await user.click(screen.getByRole('button', { name: 'Download comparison (.json)' }))
    expect(click).toHaveBeenCalledOnce()
    const file = JSON.parse(await createObjectURL.mock.calls[0]![0].text())
    expect(file).toMatchObject({ format: 'parallax-comparison', version: 1, focus: 'prisoners' })
    expect(file.a.text).toBe(pair.a.text)
    expect(file.highlights).toEqual([expect.stringMatching(/^b10-50~[0-9a-z]{4}$/)])
  })

  it('copies the passages as a Markdown quote with the labels and the link', async () => {
    const user = userEvent.setup()
    mockClipboard()
    openPopover(PAIR, [
      spanOf(PAIR, 'a', GRAIN),
      spanOf(PAIR, 'b', 'There was no progress on prisoners.'),
    ])
    expect(screen.getByRole('dialog', { name: 'Share these 2 passages' })).toBeInTheDocument()
    const url = ((await linkBox()) as HTMLInputElement).value
    await user.click(screen.getByRole('button', { name: 'Copy as quote' }))
    // Labels come isolated (FSI … PDI), so a right-to-left mark in one cannot turn the line around.
    const label = (text: string) => `\u2068${text}\u2069`
    expect(writeText).toHaveBeenLastCalledWith(
      `> ${GRAIN}\n>\n> — ${label(PAIR.a.label)}\n\n` +
        `> There was no progress on prisoners.\n>\n> — ${label(PAIR.b.label)}\n\n${url}`,
    )
    expect(screen.getByRole('status')).toHaveTextContent('Quote copied')
  })

  it('copies the link with Copy; when the browser refuses, selects it for Ctrl+C', async () => {
    const user = userEvent.setup()
    mockClipboard()
    openPopover(PAIR, [spanOf(PAIR, 'a', GRAIN)])
    const box = (await linkBox()) as HTMLInputElement
    await user.click(screen.getByRole('button', { name: 'Copy' }))
    expect(writeText).toHaveBeenLastCalledWith(box.value)
    expect(screen.getByRole('status')).toHaveTextContent('Link copied.')
    writeText.mockRejectedValueOnce(new DOMException('Denied', 'NotAllowedError'))
    await user.click(screen.getByRole('button', { name: 'Copy' }))
    expect(screen.getByRole('status')).toHaveTextContent(/press Ctrl\+C/)
    expect(box).toHaveFocus()
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, box.value.length])
  })

  it('copies at once when opened from "Copy link", and closes on Escape', async () => {
    const user = userEvent.setup()
    mockClipboard()
    const { onClose } = openPopover(PAIR, [spanOf(PAIR, 'a', GRAIN)], true)
    const box = (await linkBox()) as HTMLInputElement
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledWith(box.value))
    await user.keyboard('{Escape}')
    expect(onClose).toHaveBeenCalled()
  })
})
