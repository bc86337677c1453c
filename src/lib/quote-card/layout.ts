import type { CardInput, CardSize, CardTheme } from './card-input'
import { cardCanvas, type CardCanvas } from './card-canvas'
import { cssFont, type CardFont, type CardLayout, type CardPart } from './card-items'
import { textDirection } from '../text-direction'
import type { Measure } from './wrap-text'

/**
 * Lays out a quote card: the event and its date, the kind and topic, the accounts side by side (label,
 * speaker, then the highlighted text under a rule in the kind's colour), the reason, and the link along
 * the bottom. The quotes take the largest size at which every column fits; only a passage too long for
 * the card at the smallest legible size is cut, and the card then says so.
 */
export function layoutCard(
  input: CardInput,
  size: CardSize,
  theme: CardTheme,
  measure: Measure,
): CardLayout {
  const c = cardCanvas(size, theme, input.tone, measure)
  const brand: CardFont = { family: 'sans', size: c.px(16), weight: 700 }
  c.text(c.M, c.M + brand.size, 'PARALLAX', brand, c.colours.accent, 'brand', {
    letterSpacing: c.px(3),
  })
  const headStart = c.items.length
  const headBottom = layoutHead(c, input, c.M + brand.size)
  const headEnd = c.items.length
  const columnsTop = headBottom + c.px(30)
  const bottom = layoutFooter(c, input.link)
  const reason = measureReason(c, input.reason)
  const columns = fitColumns(c, input, bottom - columnsTop - reason.height)
  const bodyStart = c.items.length
  layoutColumns(c, input, columns, columnsTop)
  const bodyBottom = columnsTop + columns.headHeight + columns.bodyLines * columns.lineHeight
  reason.lines.forEach((line, i) => {
    const top = bodyBottom + reason.gap
    const baseline = top + reason.lineHeight * (i + 1) - Math.round(reason.font.size * 0.35)
    c.text(c.M, baseline, line, reason.font, c.colours.muted, 'reason')
  })
  // Room left over when the texts are short (a tall card, most often) goes above and below all but
  // the name and the link, a little more of it below: the finding sits in the middle of the card.
  const shift = Math.max(
    0,
    Math.round((columns.room - columns.bodyLines * columns.lineHeight) * 0.45),
  )
  for (const [from, to] of [
    [headStart, headEnd],
    [bodyStart, c.items.length],
  ] as const) {
    for (const item of c.items.slice(from, to)) item.y += shift
  }
  if (columns.shortened) {
    c.text(
      c.M + c.inner,
      columnsTop - c.px(8),
      'Shortened to fit: the link shows the whole passage.',
      noteFont(c),
      c.colours.muted,
      'note',
      { end: true },
    )
  }
  return {
    width: c.W,
    height: c.H,
    items: c.items,
    quoteSize: columns.quoteSize,
    shortened: columns.shortened,
  }
}

const noteFont = (c: CardCanvas): CardFont => ({ family: 'sans', size: c.px(15) })

/** The event's title and date, then the kind's badge and the topic, from `y` down. Returns where
 * it ends. */
function layoutHead(c: CardCanvas, input: CardInput, y: number): number {
  const { M, inner, colours, px } = c
  const titleFont: CardFont = { family: 'serif', size: px(c.tall ? 44 : 34) }
  for (const line of c.clamped(input.title, titleFont, inner, 2)) {
    y += Math.round(titleFont.size * 1.2)
    c.text(M, y, line, titleFont, colours.ink, 'title')
  }
  if (input.date) {
    const dateFont: CardFont = { family: 'sans', size: px(18) }
    y += Math.round(dateFont.size * 1.5)
    c.text(M, y, input.date, dateFont, colours.muted, 'date')
  }
  if (!input.kind && !input.topic) return y
  y += px(24)
  const badgeFont: CardFont = { family: 'sans', size: px(17), weight: 700 }
  const topicFont: CardFont = { family: 'sans', size: px(20), weight: 700 }
  const rowHeight = px(34)
  let x = M
  if (input.kind) {
    const pad = px(12)
    const badgeWidth = Math.min(inner, c.measure(input.kind, cssFont(badgeFont)) + 2 * pad)
    c.items.push({
      type: 'rect',
      x,
      y,
      width: badgeWidth,
      height: rowHeight,
      fill: 'none',
      stroke: c.tone,
      strokeWidth: Math.max(1, px(2)),
      radius: rowHeight / 2,
    })
    const baseline = y + rowHeight / 2 + badgeFont.size * 0.36
    c.text(x + pad, baseline, input.kind, badgeFont, c.tone, 'kind')
    x += badgeWidth + px(16)
  }
  if (input.topic) {
    const [topic = ''] = c.clamped(input.topic, topicFont, M + inner - x, 1)
    const baseline = y + rowHeight / 2 + topicFont.size * 0.36
    c.text(x, baseline, topic, topicFont, colours.ink, 'topic')
  }
  return y + rowHeight
}

/** The link along the bottom edge, under a rule (or a note when it is too long to print). Returns
 * the lowest line the accounts and the reason may use. */
function layoutFooter(c: CardCanvas, link: string): number {
  const { M, inner, colours } = c
  const linkFont: CardFont = { family: 'mono', size: c.px(17) }
  const linkGlued = new Set<number>()
  const linkLines = c.lines(link, linkFont, inner, { glued: linkGlued })
  const printedLink = linkLines.length <= 3 ? linkLines : [] // a link carrying whole texts is no use in print
  const footer: { text: string; font: CardFont; fill: string; part: CardPart; glued?: boolean }[] =
    printedLink.length > 0
      ? printedLink.map((l, i) => ({
          text: l,
          font: linkFont,
          fill: colours.accent,
          part: 'link' as const,
          glued: linkGlued.has(i),
        }))
      : [
          {
            text: 'The link to these passages is too long to print: it carries the accounts’ texts.',
            font: noteFont(c),
            fill: colours.muted,
            part: 'note' as const,
          },
        ]
  const footerHeight = footer.reduce((h, f) => h + Math.round(f.font.size * 1.45), 0)
  let bottom = c.H - M
  footer.forEach((f, i) => {
    const step = Math.round(f.font.size * 1.45)
    const lineY = bottom - footerHeight + step * (i + 1) - Math.round(f.font.size * 0.4)
    c.text(M, lineY, f.text, f.font, f.fill, f.part, f.glued ? { glued: true } : {})
  })
  bottom -= footerHeight + c.px(16)
  c.items.push({
    type: 'rect',
    x: M,
    y: bottom,
    width: inner,
    height: Math.max(1, Math.round(c.u)),
    fill: colours.rule,
  })
  return bottom - c.px(22)
}

/** The reason, measured before the quotes so they know their room: a smaller size when it is long. */
function measureReason(c: CardCanvas, reason: string | undefined) {
  let font: CardFont = { family: 'sans', size: c.px(c.tall ? 22 : 19) }
  let lines: string[] = []
  if (reason) {
    lines = c.lines(reason, font, c.inner)
    if (lines.length > 3) {
      font = { ...font, size: c.px(c.tall ? 19 : 16) }
      lines = c.clamped(reason, font, c.inner, c.tall ? 6 : 4)
    }
  }
  const lineHeight = Math.round(font.size * 1.4)
  const gap = c.px(c.tall ? 40 : 30)
  return {
    font,
    lines,
    lineHeight,
    gap,
    height: lines.length > 0 ? gap + lineHeight * lines.length : 0,
  }
}

const bodyOf = (column: CardInput['columns'][number]) =>
  column.passages.join('\n\n') || column.silent || ''
const quoteFont = (px: number, silent: boolean): CardFont => ({
  family: 'serif',
  size: px,
  italic: silent,
})

type Columns = ReturnType<typeof fitColumns>

/** The accounts' geometry, their heads, and the largest quote size at which every column fits in
 * `space` (what the head, the link and the reason leave). */
function fitColumns(c: CardCanvas, input: CardInput, space: number) {
  const count = Math.max(1, input.columns.length)
  const gap = c.px(44)
  const columnWidth = (c.inner - gap * (count - 1)) / count
  const ruleGap = c.px(20)
  const quoteWidth = columnWidth - ruleGap
  const labelFont: CardFont = { family: 'sans', size: c.px(c.tall ? 22 : 19), weight: 700 }
  const speakerFont: CardFont = { family: 'sans', size: c.px(c.tall ? 18 : 16) }
  const heads = input.columns.map((column) => {
    const label = c.clamped(column.label, labelFont, columnWidth, 2)
    const speaker = column.speaker ? c.clamped(column.speaker, speakerFont, columnWidth, 1) : []
    const height =
      label.length * Math.round(labelFont.size * 1.3) +
      speaker.length * Math.round(speakerFont.size * 1.4) +
      c.px(14)
    return { label, speaker, height }
  })
  const headHeight = Math.max(0, ...heads.map((h) => h.height))
  const room = space - headHeight
  const wrapAt = (px: number) =>
    input.columns.map((column) => {
      const out = { glued: new Set<number>(), broken: [] as string[] }
      const font = quoteFont(px, column.passages.length === 0)
      return { body: c.lines(bodyOf(column), font, quoteWidth, out), ...out }
    })
  const largest = c.px(c.tall ? 64 : 40)
  const smallest = c.px(c.tall ? 24 : 20)
  let quoteSize = largest
  let wrapped = wrapAt(quoteSize)
  // A size fits when every column does, without breaking a word a smaller size would keep whole
  // (a word of a text without spaces, Chinese say, is broken at any size).
  const fits = (px: number, all: ReturnType<typeof wrapAt>) =>
    Math.max(...all.map((w) => w.body.length)) * Math.round(px * 1.38) <= room &&
    all.every((w) => w.broken.every((word) => [...word].length > 24))
  while (quoteSize > smallest && !fits(quoteSize, wrapped)) {
    quoteSize -= 1
    wrapped = wrapAt(quoteSize)
  }
  const lineHeight = Math.round(quoteSize * 1.38)
  const maxLines = Math.max(1, Math.floor(room / lineHeight))
  const bodyLines = Math.min(maxLines, Math.max(1, ...wrapped.map((w) => w.body.length)))
  const shortened = wrapped.some((w) => w.body.length > maxLines)
  return {
    ...{ gap, columnWidth, ruleGap, quoteWidth, labelFont, speakerFont, heads, headHeight, room },
    ...{ wrapped, quoteSize, lineHeight, maxLines, bodyLines, shortened },
  }
}

/** Each account's label, speaker and quote (cut to the lines there is room for), under a rule in the
 * kind's colour; right-to-left text is anchored on the right. */
function layoutColumns(c: CardCanvas, input: CardInput, k: Columns, top: number): void {
  input.columns.forEach((column, i) => {
    const x = c.M + i * (k.columnWidth + k.gap)
    const head = k.heads[i]!
    let hy = top
    for (const line of head.label) {
      hy += Math.round(k.labelFont.size * 1.3)
      c.text(x, hy, line, k.labelFont, c.colours.ink, 'label', { column: i })
    }
    for (const line of head.speaker) {
      hy += Math.round(k.speakerFont.size * 1.4)
      c.text(x, hy, line, k.speakerFont, c.colours.muted, 'speaker', { column: i })
    }
    const silent = column.passages.length === 0
    const font = quoteFont(k.quoteSize, silent)
    const { glued } = k.wrapped[i]!
    let body = k.wrapped[i]!.body
    if (body.length > k.maxLines) {
      body = c.clamp(body, k.maxLines, font, k.quoteWidth)
    }
    const bodyTop = top + k.headHeight
    const rtl = textDirection(bodyOf(column)) === 'rtl'
    c.items.push({
      type: 'rect',
      x,
      y: bodyTop,
      width: Math.max(2, c.px(5)),
      height: body.length * k.lineHeight,
      fill: silent ? c.colours.rule : c.tone,
    })
    body.forEach((line, n) => {
      if (!line) return
      const baseline = bodyTop + k.lineHeight * (n + 1) - Math.round(k.quoteSize * 0.32)
      c.text(
        rtl ? x + k.columnWidth : x + k.ruleGap,
        baseline,
        line,
        font,
        silent ? c.colours.muted : c.colours.ink,
        silent ? 'silent' : 'quote',
        { column: i, rtl, ...(glued.has(n) && n < body.length - 1 ? { glued: true } : {}) },
      )
    })
  })
}
