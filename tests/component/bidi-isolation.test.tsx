import { act, fireEvent, screen } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ComparisonView } from '../../src/components/comparison-view'
import type { CompareOptions } from '../../src/core'
import type { AccountPair } from '../../src/data/pair'
import { box, renderCompose } from './compose-fixtures'
import { PAIR, fixtureComparison, renderWithProviders } from './fixtures'

// jsdom has no Worker: the text reader runs the worker's code here instead.
vi.mock('../../src/worker/text-reader-client', async () => {
  const { readAccountFile } = await import('../../src/lib/read-account-file')
  return { textReader: { readFile: readAccountFile, pastedText: async () => '' } }
})

// A right-to-left override in a label reverses everything after it on its line, up to the end of the
// paragraph: "passages in ‮Kremlin · White House" reads "passages in esuoH etihW · nilmerK". Each label
// must sit in its own isolate (<bdi>, or an element with `dir`) that holds the label and nothing else.
const KREMLIN = '\u202EKremlin'
const WHITE_HOUSE = 'White House'
// A stray "pop directional isolate" could close the isolate around the label from inside.
const STRAY = '\u2069\u202EStray'

const HOSTILE_PAIR: AccountPair = {
  ...PAIR,
  a: { ...PAIR.a, label: KREMLIN },
  b: { ...PAIR.b, label: WHITE_HOUSE },
}

const compute = vi.fn((_a: unknown, _b: unknown, options: CompareOptions) =>
  fixtureComparison(options.focus),
)

beforeEach(() => {
  Element.prototype.scrollIntoView = vi.fn()
})

/** Text nodes on screen that hold `needle`, outside text only screen readers get (not laid out inline). */
function shownTextNodes(needle: string): Text[] {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  const found: Text[] = []
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.nodeValue?.includes(needle)) continue
    if (node.parentElement?.closest('.sr-only, [aria-hidden="true"]')) continue
    found.push(node as Text)
  }
  return found
}

/** Where a label is shown without an isolate of its own: the sentence it sits in. */
function unisolated(label: string): string[] {
  return shownTextNodes(label.replace(/[\u202A-\u202E\u2066-\u2069]/g, '')).flatMap((node) => {
    const parent = node.parentElement!
    const isolate = parent.tagName === 'BDI' || parent.hasAttribute('dir')
    return isolate && parent.textContent === node.nodeValue
      ? []
      : [parent.closest('p, li, div, span')?.textContent ?? parent.textContent ?? '']
  })
}

async function renderHostile() {
  renderWithProviders(<ComparisonView pair={HOSTILE_PAIR} />, compute)
  await screen.findByRole('region', { name: KREMLIN })
}

describe('labels with bidi controls', () => {
  it('are isolated wherever the comparison view puts them in a sentence', async () => {
    await renderHostile()
    expect(screen.getByText(/^passages in/)).toBeInTheDocument()
    expect(unisolated(KREMLIN)).toEqual([])
    expect(unisolated(WHITE_HOUSE)).toEqual([])
  })

  it('are isolated in the passage tools’ tooltips and in the banner that asks for a partner', async () => {
    await renderHostile()
    const passage = document.querySelector<HTMLElement>('[data-segment="a0"]')!
    act(() => passage.focus())
    const align = await screen.findByRole('button', {
      name: `Align with a passage in ${WHITE_HOUSE}`,
    })
    const other = document.querySelector<HTMLElement>('[data-segment="b0"]')!
    act(() => other.focus())
    const back = await screen.findByRole('button', { name: `Align with a passage in ${KREMLIN}` })
    expect(back).toHaveAttribute('title', `Align with a passage in \u2068${KREMLIN}\u2069`)
    fireEvent.click(back)
    expect(await screen.findByText(/Choose the passage in/)).toBeInTheDocument()
    expect(unisolated(KREMLIN)).toEqual([])
    expect(align).toBeDefined()
  })

  it('cannot close their isolate from inside with a stray pop', async () => {
    renderWithProviders(
      <ComparisonView pair={{ ...HOSTILE_PAIR, a: { ...HOSTILE_PAIR.a, label: STRAY } }} />,
      compute,
    )
    await screen.findByRole('region', { name: STRAY })
    const lensLine = screen.getByText(/^passages in/)
    expect(lensLine.textContent).not.toContain('\u2069\u202E')
    expect(lensLine.querySelector('bdi')?.textContent).toBe('\u202EStray')
  })

  it('include file names in the compose view’s messages', async () => {
    renderCompose()
    fireEvent.change(screen.getByLabelText('Open a file for the first account'), {
      target: { files: [new File([new Uint8Array([0, 1, 2])], '\u202Etxt.exe')] },
    })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('is not a .txt, .md or .html file')
    expect(alert.querySelector('bdi')?.textContent).toBe('\u202Etxt.exe')
    expect(box('First account')).toHaveValue('')
  })
})
