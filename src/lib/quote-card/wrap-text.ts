/** Width of a text in a font, in pixels: the browser's canvas in the app, an estimate in tests. */
export type Measure = (text: string, font: string) => number

/** Splits a word too long for a line into pieces that fit, by characters (grapheme clusters). */
function breakWord(word: string, font: string, width: number, measure: Measure): string[] {
  const pieces: string[] = []
  let piece = ''
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
  for (const { segment } of segmenter.segment(word)) {
    if (piece && measure(piece + segment, font) > width) {
      pieces.push(piece)
      piece = segment
    } else piece += segment
  }
  if (piece) pieces.push(piece)
  return pieces
}

/**
 * Lines of `text` no wider than `width` in `font`: greedy, at spaces; a line break in the text is kept
 * (as an empty line between paragraphs); a word wider than a line is broken by characters, and the
 * line it continues from goes into `glued` (by index). The words are kept as they are, so the lines
 * joined with spaces (with nothing after a glued line) give back the text with its spacing collapsed.
 * `broken` gets the words that had to be broken.
 */
export function wrapText(
  text: string,
  font: string,
  width: number,
  measure: Measure,
  out: { glued?: Set<number>; broken?: string[] } = {},
): string[] {
  const lines: string[] = []
  const paragraphs = text.split(/\n\s*\n/)
  paragraphs.forEach((paragraph, p) => {
    if (p > 0) lines.push('')
    let line = ''
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word
      if (measure(candidate, font) <= width) {
        line = candidate
        continue
      }
      if (line) lines.push(line)
      if (measure(word, font) <= width) line = word
      else {
        const pieces = breakWord(word, font, width, measure)
        out.broken?.push(word)
        for (const piece of pieces.slice(0, -1)) {
          out.glued?.add(lines.length)
          lines.push(piece)
        }
        line = pieces[pieces.length - 1] ?? ''
      }
    }
    if (line) lines.push(line)
  })
  return lines
}

/** Lines that fit `max` lines, the last ending in "…" when the text had more. */
export function clampLines(
  lines: string[],
  max: number,
  fits: (line: string) => boolean,
): string[] {
  if (lines.length <= max) return lines
  const kept = lines.slice(0, max)
  let last = kept[max - 1] ?? ''
  while (last && !fits(`${last}…`)) last = last.replace(/\s*\S+$/, '')
  kept[max - 1] = `${last}…`
  return kept
}
