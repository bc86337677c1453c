import { onlineManager } from '@tanstack/react-query'
import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { DRAFT_KEY_V1 } from '../../src/lib/draft-format-legacy'
import {
  REMARKS,
  STATEMENT,
  draftOf,
  renderCompose,
  savedDraft,
  storedValue,
} from './compose-fixtures'
import { memoryStorage } from './fixtures'

afterEach(() => {
  window.location.hash = ''
  onlineManager.setOnline(true)
})

/** Opens `#/compare` on a stored draft, as a reload of the comparison would. */
async function openComparison(a: string, b: string, labels = ['First', 'Second']) {
  const storage = memoryStorage({ [DRAFT_KEY_V1]: storedValue(draftOf(a, b, labels)) })
  const view = renderCompose(storage, '#/compare')
  await screen.findByRole('region', { name: labels[0] })
  return { ...view, storage }
}

/** A passage's own text: its content without the screen-reader prefix and the ≠ badge. */
function passageText(el: Element): string {
  const copy = el.cloneNode(true) as Element
  copy.querySelectorAll('.sr-only, [aria-hidden="true"]').forEach((n) => n.remove())
  return copy.textContent ?? ''
}

describe('comparing the reader’s draft', () => {
  it('compares while the browser reports offline: the analysis never waits for a network', async () => {
    onlineManager.setOnline(false)
    await openComparison(STATEMENT, REMARKS)
    expect(document.querySelector('[data-alignment]')).not.toBeNull()
    expect(screen.queryByText('Comparison stopped.')).toBeNull()
  })

  it('says when the accounts are identical, with every passage shared', async () => {
    const { storage } = await openComparison(STATEMENT, STATEMENT)
    expect(screen.getByText(/The two accounts are identical/)).toBeInTheDocument()
    const alignments = [...document.querySelectorAll('[data-alignment]')].map((el) =>
      el.getAttribute('data-alignment'),
    )
    expect(alignments.length).toBeGreaterThan(0)
    expect(new Set(alignments)).toEqual(new Set(['shared']))
    expect(savedDraft(storage)?.current.a.text).toBe(STATEMENT)
  })

  it('shows text that looks like HTML or script as text, and never runs it', async () => {
    let ran = false
    ;(window as unknown as { pwn: () => void }).pwn = () => (ran = true)
    const hostile =
      'The envoy wrote <script>pwn()</script> and <img src=x onerror="pwn()"> in a note.'
    const { storage } = await openComparison(hostile, REMARKS)
    expect(savedDraft(storage)?.current.a.text).toBe(hostile) // the draft survives
    const pane = screen.getByRole('region', { name: 'First' })
    expect(pane.querySelector('script, img')).toBeNull()
    expect(pane).toHaveTextContent('<script>pwn()</script>')
    expect(ran).toBe(false)
  })

  it('shows any script correctly, each passage exactly its slice of the text, right to left where due', async () => {
    const a =
      'Лидеры говорили час 🤝. 会谈持续了一个小时。\n\nשלום, הפגישה הייתה ארוכה. ' +
      'Café Zürich — the talks were “frank”.\n\nتحدث الزعيمان لمدة ساعة.'
    const b = 'Лидеры говорили два часа 🤝.\n\nתודה רבה. Café Zürich talks were frank.'
    const { storage } = await openComparison(a, b)
    expect(savedDraft(storage)?.current.b.text).toBe(b)
    for (const [label, text] of [
      ['First', a],
      ['Second', b],
    ] as const) {
      const passages = within(screen.getByRole('region', { name: label })).getAllByText(
        (_, el) => el?.hasAttribute('data-segment') ?? false,
      )
      for (const el of passages) {
        expect(el).toHaveAttribute('dir', 'auto')
        expect(text).toContain(passageText(el))
        for (const mark of el.querySelectorAll('mark')) expect(text).toContain(mark.textContent)
      }
      const shown = passages.map(passageText).join('')
      expect(shown.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''))
    }
  })
})
