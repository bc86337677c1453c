import { httpUrl } from '../http-url'

// Report texts are hostile input: anything the reader pasted, or a link carried in, may hold markup.

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Text safe inside HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  // NUL is what parsers disagree on (dropped or replaced): say U+FFFD ourselves.
  return text.replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch]!).replace(/\0/g, '\uFFFD')
}

/**
 * Text that a Markdown renderer shows as written: punctuation that could start markup (emphasis, links,
 * raw HTML, code, tables) is backslash-escaped, which CommonMark allows before any ASCII punctuation.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>&|~]/g, '\\$&')
}

/**
 * Text at the start of a line could still open a block: a heading (#), a list item (-, +, "1." or "1)"),
 * a setext underline (=). Its first marker is escaped; in mid-line the same escape is harmless.
 */
function escapeBlockStart(text: string): string {
  return text.replace(/^[#+=-]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2')
}

/** One line of a quoted passage as inert Markdown: escaped, and its start kept from opening a block. */
export function markdownLine(line: string): string {
  return escapeBlockStart(escapeMarkdown(line))
}

/** One line of text: newlines and runs of spaces folded, so it cannot break out of a heading or quote. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * Any reader-supplied value as inert Markdown on one line: folded (a line break could end a code span,
 * a quote or a paragraph and start raw HTML below it), then escaped.
 */
export function markdownText(raw: string): string {
  return escapeBlockStart(escapeMarkdown(oneLine(raw)))
}

/**
 * A value shown as code, never as a link (a source URL that is not http(s)): on one line, and without
 * backticks, which are the only characters that could end the code span early.
 */
export function markdownCode(raw: string): string {
  return `\`${oneLine(raw).replace(/`/g, "'")}\``
}

/**
 * A link target for a report: the reader's URL when it is an http(s) URL (`httpUrl`), with the characters
 * a parsed URL may still hold that could end a Markdown link or an HTML attribute percent-encoded; else null.
 */
export function reportUrl(raw: string | undefined): string | null {
  const url = httpUrl(raw)
  return url === null
    ? null
    : url.replace(
        /[\s"'<>()\\`]/g,
        (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
      )
}
