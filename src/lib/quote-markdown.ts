import { isolateBidi } from '../core/bidi-isolate'
import { markdownLine, markdownText } from '../core/report/escape'

/** One quoted passage: its words and whose account they come from. */
export interface Quote {
  text: string
  label: string
}

/** Markdown block quote lines; a blank line inside the quote stays in the quote. The words are the
 * account's, so they are escaped: pasted text holding "<img onerror=…>" or "[x](javascript:…)" stays
 * text in whatever renders the quote. */
function blockQuote(text: string): string[] {
  return text
    .trim()
    .split('\n')
    .map((line) => (line.trim() === '' ? '>' : `> ${markdownLine(line.trimEnd())}`))
}

/**
 * What "Copy as quote" puts on the clipboard: each passage as a Markdown quote with its account's label,
 * then the link that opens the comparison on them. Chat apps and editors that take Markdown show a
 * quote; the rest still show readable text.
 */
export function quoteMarkdown(quotes: Quote[], url: string): string {
  // The label sits inside the quote after a quoted blank line: on the very next line, Markdown would run
  // it into the quoted sentence.
  const blocks = quotes.map((q) =>
    [...blockQuote(q.text), '>', `> — ${isolateBidi(markdownText(q.label))}`].join('\n'),
  )
  return [...blocks, url].join('\n\n')
}
