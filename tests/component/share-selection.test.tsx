import { afterEach, describe, expect, it } from 'vitest'
import { selectionOffsets, trimSpan } from '../../src/lib/selection-offsets'

// Two passages of one account as the panes render them: a visually hidden label and a badge inside each
// passage, text in runs that carry their offset, and the space between passages outside any run.
const TEXT = 'Москва 🇷🇺 said no. 👍 Both sides met.'
const SAID = TEXT.indexOf('said')
const SECOND = TEXT.indexOf('👍')

function renderPanes() {
  document.body.innerHTML = `
    <section aria-label="First"><p>
      <span data-segment="a0" data-side="a"><span class="sr-only">(only in First) </span><span aria-hidden="true">≠</span><span data-offset="0">${TEXT.slice(0, SAID)}</span><mark data-offset="${SAID}">said no.</mark></span>${TEXT.slice(SAID + 8, SECOND)}<span data-segment="a1" data-side="a"><span class="sr-only">(shared with Second) </span><span data-offset="${SECOND}">${TEXT.slice(SECOND)}</span></span>
    </p></section>
    <section aria-label="Second"><p>
      <span data-segment="b0" data-side="b"><span class="sr-only">(shared) </span><span data-offset="0">Both sides met.</span></span>
    </p></section>`
}

const el = (selector: string) => document.querySelector(selector)!
const textIn = (selector: string) => el(selector).firstChild!

function rangeOf(start: [Node, number], end: [Node, number]): Range {
  const range = document.createRange()
  range.setStart(...start)
  range.setEnd(...end)
  return range
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('selection → offsets in the account text', () => {
  it('counts UTF-16 code units inside one run, as the link format does', () => {
    renderPanes()
    const run = textIn('[data-offset="0"]')
    const span = selectionOffsets(rangeOf([run, 7], [run, 11]))
    expect(span).toEqual({ side: 'a', start: 7, end: 11 })
    expect(TEXT.slice(7, 11)).toBe('🇷🇺')
  })

  it('leaves out the hidden label and the badge when a selection starts in them', () => {
    renderPanes()
    const label = textIn('[data-segment="a0"] .sr-only')
    const mark = textIn('mark')
    const span = selectionOffsets(rangeOf([label, 3], [mark, 4]))
    expect(span).toEqual({ side: 'a', start: 0, end: SAID + 4 })
    expect(TEXT.slice(span!.start, span!.end)).toBe('Москва 🇷🇺 said')
  })

  it('spans passages, the text between them and the next passage’s label', () => {
    renderPanes()
    const mark = textIn('mark')
    const last = textIn(`[data-offset="${SECOND}"]`)
    const span = selectionOffsets(rangeOf([mark, 5], [last, 4]))
    expect(TEXT.slice(span!.start, span!.end)).toBe('no. 👍 B')
  })

  it('takes a whole passage selected as an element (as a triple click or selectText does)', () => {
    renderPanes()
    const passage = el('[data-segment="a1"]')
    const span = selectionOffsets(rangeOf([passage, 0], [passage, passage.childNodes.length]))
    expect(span).toEqual({ side: 'a', start: SECOND, end: TEXT.length })
  })

  it('gives nothing for a selection of labels only, or one reaching into both accounts', () => {
    renderPanes()
    const label = textIn('[data-segment="a0"] .sr-only')
    expect(selectionOffsets(rangeOf([label, 0], [label, 5]))).toBeNull()
    const first = textIn('[data-offset="0"]')
    const other = textIn('[data-segment="b0"] [data-offset="0"]')
    expect(selectionOffsets(rangeOf([first, 0], [other, 4]))).toBeNull()
  })

  it('trims the white space a drag takes along at either edge', () => {
    expect(trimSpan('  said no. \n', { side: 'b', start: 0, end: 12 })).toEqual({
      side: 'b',
      start: 2,
      end: 10,
    })
    expect(trimSpan('   ', { side: 'a', start: 0, end: 3 })).toBeNull()
  })
})
