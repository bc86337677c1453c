import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2'

/**
 * HTML (a saved page, or rich text from the clipboard) to plain text a reader can compare.
 *
 * It reads the markup as a stream of tags and text with htmlparser2's tokenizer and never builds a
 * document: nothing is fetched, nothing runs, and the page's Content-Security-Policy is never consulted
 * (a DOMParser document inherits the policy and reports every inline handler and style it meets). It
 * keeps no stack of open elements either, only two counters, so each tag costs the same at any depth:
 * 200,000 nested <div>s take a DOM parser over a minute, and this a fraction of a second.
 *
 * Block elements become paragraph breaks (a blank line, which is how the core splits paragraphs); `<br>`
 * becomes a line break; what a reader does not see (scripts, styles, templates, `hidden`) is dropped.
 */

/** Elements whose content a reader never sees. */
const DROPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'title',
])

/** SVG and MathML: `<svg/>` closes itself there, unlike `<div/>` in HTML. */
const FOREIGN = new Set(['svg', 'math'])

const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tr',
  'ul',
])

/** Elements that never have content or an end tag. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
])

/**
 * Elements an opening tag closes without an end tag (`<li>a<li>b`, `<p>a<div>b`): needed only to tell
 * where a hidden one ends, since breaks come out the same either way.
 */
const CLOSED_BY: Record<string, (opened: string) => boolean> = {
  p: (opened) => BLOCKS.has(opened) && opened !== 'li' && opened !== 'dd' && opened !== 'dt',
  li: (opened) => opened === 'li',
  dt: (opened) => opened === 'dt' || opened === 'dd',
  dd: (opened) => opened === 'dt' || opened === 'dd',
  tr: (opened) => opened === 'tr',
  td: (opened) => opened === 'td' || opened === 'th' || opened === 'tr',
  th: (opened) => opened === 'td' || opened === 'th' || opened === 'tr',
  option: (opened) => opened === 'option' || opened === 'optgroup',
}

/** Marks left in the text while reading; resolved once at the end so nested blocks do not stack breaks. */
const PARAGRAPH = '\u0000P'
const LINE = '\u0000L'

/** An element whose content is being left out: its name, and how many of that name are open. */
interface Skipped {
  name: string
  open: number
}

function readMarkup(html: string): string[] {
  // An HTML parser reads CR LF and lone CR as LF before anything else.
  const source = html.replace(/\r\n?/g, '\n')
  const out: string[] = []
  let skipped: Skipped | null = null
  let preformatted = 0
  let tag = ''
  let hidden = false

  const text = (raw: string) => {
    if (skipped) return
    out.push(preformatted > 0 ? raw.replace(/\n/g, LINE) : raw.replace(/\s+/g, ' '))
  }

  const open = (name: string, selfClosing: boolean) => {
    const foreign = FOREIGN.has(name) || (skipped !== null && FOREIGN.has(skipped.name))
    const empty = selfClosing && foreign
    if (skipped) {
      if (skipped.open === 1 && CLOSED_BY[skipped.name]?.(name)) skipped = null
      else {
        if (name === skipped.name && !empty) skipped.open++
        return
      }
    }
    if (name === 'br') return void out.push(LINE)
    if (hidden && !VOID.has(name)) return void (skipped = { name, open: 1 })
    if (DROPPED.has(name)) {
      if (!empty && !VOID.has(name)) skipped = { name, open: 1 }
      return
    }
    if (BLOCKS.has(name)) out.push(PARAGRAPH)
    // A table cell keeps its row on one line, with a tab between cells.
    if (name === 'td' || name === 'th') out.push('\t')
    if (name === 'pre' || name === 'listing') preformatted++
  }

  const close = (name: string) => {
    if (skipped) {
      if (name === skipped.name && --skipped.open === 0) skipped = null
      return
    }
    if (name === 'br') return void out.push(LINE) // HTML reads a stray </br> as <br>
    if ((name === 'pre' || name === 'listing') && preformatted > 0) preformatted--
    if (BLOCKS.has(name)) out.push(PARAGRAPH)
  }

  const slice = (start: number, end: number) => source.slice(start, end)
  const callbacks: TokenizerCallbacks = {
    onopentagname: (start, end) => {
      tag = slice(start, end).toLowerCase()
      hidden = false
    },
    onattribname: (start, end) => {
      if (slice(start, end).toLowerCase() === 'hidden') hidden = true
    },
    onattribdata: () => {},
    onattribentity: () => {},
    onattribend: () => {},
    onopentagend: () => open(tag, false),
    onselfclosingtag: () => open(tag, true),
    onclosetag: (start, end) => close(slice(start, end).toLowerCase()),
    ontext: (start, end) => text(slice(start, end)),
    ontextentity: (codePoint) => text(String.fromCodePoint(codePoint)),
    oncdata: () => {},
    oncomment: () => {},
    ondeclaration: () => {},
    onprocessinginstruction: () => {},
    onend: () => {},
    // Inside SVG or MathML `<![CDATA[` is text, and `<style>` is not raw text: the tokenizer asks.
    isInForeignContext: () => skipped !== null && FOREIGN.has(skipped.name),
  }
  const tokenizer = new Tokenizer({ decodeEntities: true }, callbacks)
  tokenizer.write(source)
  tokenizer.end()
  return out
}

export function htmlToText(html: string): string {
  return readMarkup(html)
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
