/**
 * What a laid-out quote card is made of: rectangles and runs of text at fixed positions, each text
 * tagged with the part of the card it is, so the SVG, the tests and the alt text can all read it.
 */
import { FONTS } from './palette'

export interface CardFont {
  family: keyof typeof FONTS
  size: number
  weight?: 400 | 700
  italic?: boolean
}

/** What a piece of text is on the card: tests and the alt text read the card by these. */
export type CardPart =
  | 'brand'
  | 'title'
  | 'date'
  | 'kind'
  | 'topic'
  | 'label'
  | 'speaker'
  | 'quote'
  | 'silent'
  | 'reason'
  | 'link'
  | 'note'

export type CardItem =
  | {
      type: 'rect'
      x: number
      y: number
      width: number
      height: number
      fill: string
      stroke?: string
      strokeWidth?: number
      radius?: number
    }
  | {
      type: 'text'
      x: number
      y: number
      text: string
      font: CardFont
      fill: string
      part: CardPart
      /** The column (account) a label, speaker or quote belongs to. */
      column?: number
      /** Right-to-left text, anchored at `x` on its right. */
      rtl?: boolean
      /** The next line goes on with the same word (it was too long for a line): no space between. */
      glued?: boolean
      /** Anchored at `x` by its end (left-to-right text only). */
      end?: boolean
      letterSpacing?: number
    }

export interface CardLayout {
  width: number
  height: number
  items: CardItem[]
  /** The quotes' font size, in pixels: legibility is checked against it. */
  quoteSize: number
  /** True when a passage was too long for the card and ends in "…" (the card says so). */
  shortened: boolean
}

export const cssFont = ({ family, size, weight = 400, italic = false }: CardFont) =>
  `${italic ? 'italic ' : ''}${weight} ${size}px ${FONTS[family]}`
