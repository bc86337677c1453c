/** How the accounts differ, for the badge's colour: the same cues as the app's kind badges. */
export type CardTone = 'contradicts' | 'reframed' | 'only' | 'plain'

/** One account's side of the card: its label, who speaks, and the highlighted text, verbatim. */
export interface CardColumn {
  label: string
  speaker?: string
  /** The highlighted passages of this account, each exactly as in the account's text. */
  passages: string[]
  /** Said instead of a quote when the account says nothing on this ("Says nothing on this."). */
  silent?: string
}

/** What a quote card shows, in the reader's words. */
export interface CardInput {
  /** The event, e.g. "Putin–Trump phone call, 3 July 2025". */
  title: string
  /** The event's date in words, when the title does not already say it. */
  date?: string
  /** The topic and how the accounts differ, e.g. "Ukraine — progress", "Contradicts". */
  topic?: string
  kind?: string
  tone?: CardTone
  /** Why they diverge, in one sentence. */
  reason?: string
  columns: CardColumn[]
  /** The link that opens the comparison with these passages highlighted. */
  link: string
}

export type CardTheme = 'light' | 'dark'

export interface CardSize {
  width: number
  height: number
}

/** A post's picture (16:9) and a tall one for feeds that show portrait images (4:5). */
export const CARD_SIZES = {
  landscape: { width: 1200, height: 675 },
  portrait: { width: 1080, height: 1350 },
} as const satisfies Record<string, CardSize>

export type CardShape = keyof typeof CARD_SIZES
