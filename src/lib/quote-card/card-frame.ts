import type { CardSize, CardTheme, CardTone } from './card-input'
import { cssFont, type CardFont, type CardItem, type CardPart } from './card-items'
import { PALETTES } from './palette'
import { clampLines, wrapText, type Measure } from './wrap-text'

type TextExtra = Partial<Extract<CardItem, { type: 'text' }>>

/**
 * The frame every part of a quote card is laid out in: the card's size and scale (`u`, one unit of a
 * 1200 px wide card), its margins, its colours, the items laid out so far, and text measuring.
 */
export interface CardFrame {
  W: number
  H: number
  tall: boolean
  u: number
  /** The margin, and the width inside the margins. */
  M: number
  inner: number
  colours: (typeof PALETTES)[CardTheme]
  /** The colour of the divergence's kind. */
  tone: string
  items: CardItem[]
  measure: Measure
  text: (
    x: number,
    y: number,
    value: string,
    font: CardFont,
    fill: string,
    part: CardPart,
    extra?: TextExtra,
  ) => void
  lines: (
    value: string,
    font: CardFont,
    width: number,
    out?: { glued?: Set<number>; broken?: string[] },
  ) => string[]
  /** At most `max` of these lines, the last one ending in "…" (and still within `width`) when cut. */
  clamp: (lines: string[], max: number, font: CardFont, width: number) => string[]
  /** `value` wrapped to `width`, at most `max` lines (see `clamp`). */
  clamped: (value: string, font: CardFont, width: number, max: number) => string[]
  /** A size in card units, rounded to whole pixels. */
  px: (units: number) => number
}

export function cardFrame(
  size: CardSize,
  theme: CardTheme,
  tone: CardTone | undefined,
  measure: Measure,
): CardFrame {
  const { width: W, height: H } = size
  const tall = H > W
  const u = W / 1200
  const colours = PALETTES[theme]
  const M = Math.round((tall ? 72 : 56) * u)
  const items: CardItem[] = [{ type: 'rect', x: 0, y: 0, width: W, height: H, fill: colours.paper }]
  const lines: CardFrame['lines'] = (value, font, width, out) =>
    wrapText(value, cssFont(font), width, measure, out)
  const clamp: CardFrame['clamp'] = (wrapped, max, font, width) =>
    clampLines(wrapped, max, (l) => measure(l, cssFont(font)) <= width)
  return {
    W,
    H,
    tall,
    u,
    M,
    inner: W - 2 * M,
    colours,
    tone: colours.tones[tone ?? 'plain'],
    items,
    measure,
    text: (x, y, value, font, fill, part, extra = {}) =>
      items.push({ type: 'text', x, y, text: value, font, fill, part, ...extra }),
    lines,
    clamp,
    clamped: (value, font, width, max) => clamp(lines(value, font, width), max, font, width),
    px: (units) => Math.round(units * u),
  }
}
