import { createEvent, fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readAccountFile } from '../../src/lib/read-account-file'
import { STATEMENT, box, renderCompose } from './compose-fixtures'

// jsdom has no Worker: the text reader runs the worker's code here instead (the browser tests run it in
// its worker, tests/e2e/html-input.spec.ts).
vi.mock('../../src/worker/text-reader-client', async () => {
  const { readAccountFile } = await import('../../src/lib/read-account-file')
  const { htmlToText } = await import('../../src/lib/html-to-text')
  return {
    textReader: { readFile: readAccountFile, pastedText: async (html: string) => htmlToText(html) },
  }
})

afterEach(() => {
  window.location.hash = ''
})

/** Drops files on an element the way a browser does: dragover, then drop with a DataTransfer. */
function dropFiles(target: HTMLElement, files: File[]) {
  const dataTransfer = { files, types: ['Files'], dropEffect: 'none' }
  fireEvent.dragOver(target, { dataTransfer })
  const drop = createEvent.drop(target, { dataTransfer })
  fireEvent(target, drop)
  return drop
}

const utf8 = (text: string) => new TextEncoder().encode(text)

describe('files', () => {
  it('reads a dropped .txt into the box and names the account after the file', async () => {
    renderCompose()
    const drop = dropFiles(box('First account'), [new File([STATEMENT], 'ministry-statement.txt')])
    expect(drop.defaultPrevented).toBe(true) // the browser must not open the file instead
    await waitFor(() => expect(box('First account')).toHaveValue(STATEMENT))
    expect(box('First account label')).toHaveValue('ministry-statement')
  })

  it('turns a picked .html file into text with its paragraphs', async () => {
    const user = userEvent.setup()
    renderCompose()
    const html =
      '<html><head><script>x()</script></head><body><p>First.</p><p>Second &amp; last.</p></body></html>'
    await user.upload(
      screen.getByLabelText('Open a file for the second account'),
      new File([html], 'remarks.html', { type: 'text/html' }),
    )
    await waitFor(() => expect(box('Second account')).toHaveValue('First.\n\nSecond & last.'))
  })

  it('refuses a binary file with an alert naming it, and leaves the box as it was', async () => {
    const { drafts } = renderCompose()
    fireEvent.change(box('First account'), { target: { value: STATEMENT } })
    const png = new File(
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
      'photo.txt',
    )
    dropFiles(box('First account'), [png])
    expect(await screen.findByRole('alert')).toHaveTextContent('“photo.txt” is not a text file')
    expect(box('First account')).toHaveValue(STATEMENT)
    expect(box('First account')).toHaveAccessibleDescription(/photo\.txt/)
    expect(drafts.getState().current.a.text).toBe(STATEMENT)
  })

  it('refuses files of other kinds, naming them', async () => {
    renderCompose()
    dropFiles(box('Second account'), [new File(['%PDF-1.7'], 'readout.pdf')])
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“readout.pdf” is not a .txt, .md or .html file',
    )
  })

  it('keeps paragraph breaks when rich text is pasted', async () => {
    renderCompose()
    const html = '<meta charset="utf-8"><p>The ministers met.</p><p>They <b>agreed</b>.</p>'
    fireEvent.paste(box('First account'), {
      clipboardData: {
        getData: (type: string) =>
          type === 'text/html' ? html : 'The ministers met. They agreed.',
      },
    })
    await waitFor(() =>
      expect(box('First account')).toHaveValue('The ministers met.\n\nThey agreed.'),
    )
  })

  it('pastes the plain text when the rich text holds no words', async () => {
    renderCompose()
    fireEvent.paste(box('First account'), {
      clipboardData: {
        getData: (type: string) => (type === 'text/html' ? '<img src="chart.png">' : 'A chart.'),
      },
    })
    await waitFor(() => expect(box('First account')).toHaveValue('A chart.'))
  })
})

describe('readAccountFile', () => {
  it('reads UTF-8 (with or without a byte-order mark) and UTF-16 with one', async () => {
    const text = 'Переговоры — «успешные» 🇦🇹 مرحبا'
    expect(await readAccountFile(new File([utf8(text)], 'a.txt'))).toEqual({ ok: true, text })
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)])
    expect(await readAccountFile(new File([bom], 'a.md'))).toEqual({ ok: true, text })
    const utf16 = new Uint8Array(2 + text.length * 2)
    utf16.set([0xff, 0xfe])
    for (let i = 0; i < text.length; i++) {
      utf16[2 + i * 2] = text.charCodeAt(i) & 0xff
      utf16[3 + i * 2] = text.charCodeAt(i) >> 8
    }
    expect(await readAccountFile(new File([utf16], 'a.txt'))).toEqual({ ok: true, text })
  })

  it('refuses bytes that are not UTF-8 text', async () => {
    const latin1 = new Uint8Array(
      Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0xe9 : 0x61)),
    )
    const result = await readAccountFile(new File([latin1], 'old.txt'))
    expect(result).toEqual({
      ok: false,
      problem: expect.stringContaining('could not be read as text'),
    })
  })
})
