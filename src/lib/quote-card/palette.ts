import type { CardTheme, CardTone } from './card-input'

export interface CardPalette {
  paper: string
  panel: string
  ink: string
  muted: string
  accent: string
  rule: string
  tones: Record<CardTone, string>
}

/** The app's own colours (src/index.css), light and dark; text on them keeps at least 4.5:1. */
export const PALETTES: Record<CardTheme, CardPalette> = {
  light: {
    paper: '#faf9f7',
    panel: '#ffffff',
    ink: '#1c1917',
    muted: '#4a4541',
    accent: '#075985',
    rule: '#d6d3d1',
    tones: { contradicts: '#b35200', reframed: '#0072b2', only: '#7a4e9c', plain: '#4a4541' },
  },
  dark: {
    paper: '#161413',
    panel: '#1f1c1a',
    ink: '#f0ece8',
    muted: '#d3cdc7',
    accent: '#7cc4ee',
    rule: '#3d3835',
    tones: { contradicts: '#e69f00', reframed: '#56b4e9', only: '#c9a3e6', plain: '#d3cdc7' },
  },
}

export const FONTS = {
  serif:
    "'Iowan Old Style', 'Palatino Linotype', Palatino, Charter, 'Bitstream Charter', 'DejaVu Serif', Georgia, serif",
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif",
  mono: "ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace",
}
