/**
 * HTML (a saved page, or rich text from the clipboard) to plain text a reader can compare.
 *
 * DOMParser builds an inert document: its scripts never run and its images never load, which is why the
 * markup is never put into a live node. Block elements become paragraph breaks (a blank line, which is how
 * the core splits paragraphs); `<br>` becomes a line break; everything a reader does not see is dropped.
 */

const DROPPED =
  'script, style, template, noscript, iframe, object, embed, svg, canvas, head, [hidden]'

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TR',
  'UL',
  'CAPTION',
])

/** Marks left in the text while walking; resolved once at the end so nested blocks do not stack breaks. */
const PARAGRAPH = '\u0000P'
const LINE = '\u0000L'

function walk(node: Node, out: string[], preformatted: boolean): void {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = node.nodeValue ?? ''
    out.push(preformatted ? text.replace(/\n/g, LINE) : text.replace(/\s+/g, ' '))
    return
  }
  if (!(node instanceof Element)) return
  const tag = node.tagName.toUpperCase()
  if (tag === 'BR') {
    out.push(LINE)
    return
  }
  const block = BLOCKS.has(tag)
  if (block) out.push(PARAGRAPH)
  // A table cell keeps its row on one line, with a tab between cells.
  if (tag === 'TD' || tag === 'TH') out.push('\t')
  const pre = preformatted || tag === 'PRE'
  for (const child of node.childNodes) walk(child, out, pre)
  if (block) out.push(PARAGRAPH)
}

export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  for (const el of doc.querySelectorAll(DROPPED)) el.remove()
  const out: string[] = []
  walk(doc.body, out, false)
  return out
    .join('')
    .split(PARAGRAPH)
    .map((block) =>
      block
        .split(LINE)
        .map((line) => line.replace(/[ \t]+/g, (s) => (s.includes('\t') ? '\t' : ' ')).trim())
        .join('\n')
        .trim(),
    )
    .filter((block) => block !== '')
    .join('\n\n')
}
