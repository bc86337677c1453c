import { describe, expect, it } from 'vitest'
import { cardAltText } from '../../../src/lib/quote-card/alt-text'
import { CARD_SIZES, type CardInput } from '../../../src/lib/quote-card/card-input'
import type { CardItem, CardLayout } from '../../../src/lib/quote-card/card-items'
import { layoutCard } from '../../../src/lib/quote-card/layout'
import type { Measure } from '../../../src/lib/quote-card/wrap-text'

/** About the width of a text in a proportional font: 0.55 em a character. */
const measure: Measure = (text, font) => [...text].length * Number(/(\d+)px/.exec(font)![1]) * 0.55

type TextItem = Extract<CardItem, { type: 'text' }>
const texts = (layout: CardLayout, part: string, column?: number) =>
  layout.items.filter(
    (i): i is TextItem =>
      i.type === 'text' && i.part === part && (column === undefined || i.column === column),
  )
/** The lines joined as the card reads: a space between lines, none after a line that breaks a word. */
const read = (lines: TextItem[]) =>
  lines.map((l, i) => l.text + (l.glued || i === lines.length - 1 ? '' : ' ')).join('')

const input: CardInput = {
  title: 'Putin–Trump phone call, 3 July 2025',
  topic: 'Ukraine — progress',
  kind: 'Contradicts',
  tone: 'contradicts',
  reason: 'Opposite accounts of the outcome.',
  columns: [
    {
      label: 'Kremlin readout',
      speaker: 'Ushakov',
      passages: [
        'He informed his counterpart on the progress in implementing the humanitarian agreements reached',
      ],
    },
    {
      label: "Trump's remarks",
      speaker: 'Trump',
      passages: ['I didn’t make any progress with him today'],
    },
  ],
  link: 'https://parallax.example/#b1.2025-07-03-putin-trump@1.a1431-1509~7oeb.b337-383~l915.fukraine.e',
}

function expectInside(layout: CardLayout) {
  for (const item of layout.items) {
    expect(item.y).toBeGreaterThanOrEqual(0)
    expect(item.y).toBeLessThanOrEqual(layout.height)
    if (item.type === 'text' && !item.end && !item.rtl) {
      expect(item.x + measure(item.text, `${item.font.size}px x`)).toBeLessThanOrEqual(layout.width)
    }
  }
}

describe('quote card layout', () => {
  for (const shape of ['landscape', 'portrait'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`holds both quotes whole, the labels and the link (${shape}, ${theme})`, () => {
        const layout = layoutCard(input, CARD_SIZES[shape], theme, measure)
        expect(layout.width).toBe(CARD_SIZES[shape].width)
        expect(read(texts(layout, 'quote', 0))).toBe(input.columns[0]!.passages[0])
        expect(read(texts(layout, 'quote', 1))).toBe(input.columns[1]!.passages[0])
        expect(read(texts(layout, 'label', 0))).toBe('Kremlin readout')
        expect(read(texts(layout, 'label', 1))).toBe("Trump's remarks")
        expect(read(texts(layout, 'link'))).toBe(input.link)
        expect(read(texts(layout, 'reason'))).toBe(input.reason)
        expect(layout.shortened).toBe(false)
        expect(layout.quoteSize).toBeGreaterThanOrEqual(shape === 'landscape' ? 20 : 22)
        expectInside(layout)
      })
    }
  }

  it('keeps paragraphs of a passage apart and says nothing for a silent side', () => {
    const layout = layoutCard(
      {
        ...input,
        columns: [
          { label: 'A', passages: ['First paragraph.\n\nSecond paragraph.'] },
          { label: 'B', passages: [], silent: 'Says nothing on this.' },
        ],
      },
      CARD_SIZES.landscape,
      'light',
      measure,
    )
    expect(texts(layout, 'quote', 0).map((l) => l.text)).toEqual([
      'First paragraph.',
      'Second paragraph.',
    ])
    expect(read(texts(layout, 'silent', 1))).toBe('Says nothing on this.')
    expect(texts(layout, 'silent', 1)[0]!.font.italic).toBe(true)
  })

  it('cuts a passage too long for the card only at the smallest size, and says so', () => {
    const long = 'The ministers spoke at length about the corridor. '.repeat(60).trim()
    const layout = layoutCard(
      { ...input, columns: [{ label: 'A', passages: [long] }] },
      CARD_SIZES.landscape,
      'light',
      measure,
    )
    expect(layout.shortened).toBe(true)
    expect(layout.quoteSize).toBe(20)
    const lines = texts(layout, 'quote', 0)
    expect(lines.at(-1)!.text.endsWith('…')).toBe(true)
    expect(long.startsWith(read(lines).slice(0, -1).trimEnd())).toBe(true)
    expect(read(texts(layout, 'note'))).toContain('Shortened to fit')
    expectInside(layout)
  })

  it('breaks a text without spaces by characters, and reads back whole', () => {
    const chinese = '双方就乌克兰局势进行了坦率而深入的交流并同意保持接触'.repeat(3)
    const layout = layoutCard(
      { ...input, columns: [{ label: '新华社', passages: [chinese] }] },
      CARD_SIZES.portrait,
      'dark',
      measure,
    )
    const lines = texts(layout, 'quote', 0)
    expect(lines.length).toBeGreaterThan(1)
    expect(read(lines)).toBe(chinese)
  })

  it('right-aligns a right-to-left quote', () => {
    const layout = layoutCard(
      { ...input, columns: [{ label: 'A', passages: ['השיחה הייתה ארוכה'] }] },
      CARD_SIZES.landscape,
      'light',
      measure,
    )
    expect(texts(layout, 'quote', 0)[0]!.rtl).toBe(true)
  })

  it('prints a note instead of a link that carries whole texts', () => {
    const layout = layoutCard(
      { ...input, link: `https://parallax.example/#p1.${'x'.repeat(3000)}.e` },
      CARD_SIZES.landscape,
      'light',
      measure,
    )
    expect(texts(layout, 'link')).toEqual([])
    expect(read(texts(layout, 'note'))).toContain('too long to print')
  })

  it('has alt text with everything on the card', () => {
    const alt = cardAltText(input)
    for (const words of [
      'Putin–Trump phone call, 3 July 2025',
      'Ukraine — progress: Contradicts',
      'Kremlin readout (Ushakov): “He informed',
      "Trump's remarks (Trump): “I didn’t make any progress with him today”.",
      'Opposite accounts of the outcome.',
      `Link: ${input.link}`,
    ]) {
      expect(alt).toContain(words)
    }
  })
})
