import type { CardInput, CardSize, CardTheme } from './card-input'
import { cardFrame, type CardFrame } from './card-frame'
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
  const f = cardFrame(size, theme, input.tone, measure)
  const brand: CardFont = { family: 'sans', size: f.px(16), weight: 700 }
  f.text(f.M, f.M + brand.size, 'PARALLAX', brand, f.colours.accent, 'brand', {
    letterSpacing: f.px(3),
  })
  const headStart = f.items.length
  const headBottom = layoutHead(f, input, f.M + brand.size)
  const headEnd = f.items.length
  const columnsTop = headBottom + f.px(30)
  const bottom = layoutFooter(f, input.link)
  const reason = measureReason(f, input.reason)
  const columns = fitColumns(f, input, bottom - columnsTop - reason.height)
  const bodyStart = f.items.length
  layoutColumns(f, input, columns, columnsTop)
  const bodyBottom = columnsTop + columns.headHeight + columns.bodyLines * columns.lineHeight
  reason.lines.forEach((line, i) => {
    const top = bodyBottom + reason.gap
    const baseline = top + reason.lineHeight * (i + 1) - Math.round(reason.font.size * 0.35)
    f.text(f.M, baseline, line, reason.font, f.colours.muted, 'reason')
  })
  // Room left over when the texts are short (a tall card, most often) goes above and below all but
  // the name and the link, a little more of it below: the finding sits in the middle of the card.
  const shift = Math.max(
    0,
    Math.round((columns.room - columns.bodyLines * columns.lineHeight) * 0.45),
  )
  for (const [from, to] of [
    [headStart, headEnd],
    [bodyStart, f.items.length],
  ] as const) {
    for (const item of f.items.slice(from, to)) item.y += shift
  }
  if (columns.shortened) {
    f.text(
      f.M + f.inner,
      columnsTop - f.px(8),
      'Shortened to fit: the link shows the whole passage.',
      noteFont(f),
      f.colours.muted,
      'note',
      { end: true },
    )
  }
  return {
    width: f.W,
    height: f.H,
    items: f.items,
    quoteSize: columns.quoteSize,
    shortened: columns.shortened,
  }
}

const noteFont = (f: CardFrame): CardFont => ({ family: 'sans', size: f.px(15) })

/** The event's title and date, then the kind's badge and the topic, from `y` down. Returns where
 * it ends. */
function layoutHead(f: CardFrame, input: CardInput, y: number): number {
  const { M, inner, colours, px } = f
  const titleFont: CardFont = { family: 'serif', size: px(f.tall ? 44 : 34) }
  for (const line of f.clamped(input.title, titleFont, inner, 2)) {
    y += Math.round(titleFont.size * 1.2)
    f.text(M, y, line, titleFont, colours.ink, 'title')
  }
  if (input.date) {
    const dateFont: CardFont = { family: 'sans', size: px(18) }
    y += Math.round(dateFont.size * 1.5)
    f.text(M, y, input.date, dateFont, colours.muted, 'date')
  }
  if (!input.kind && !input.topic) return y
  y += px(24)
  const badgeFont: CardFont = { family: 'sans', size: px(17), weight: 700 }
  const topicFont: CardFont = { family: 'sans', size: px(20), weight: 700 }
  const rowHeight = px(34)
  let x = M
  if (input.kind) {
    const pad = px(12)
    const badgeWidth = Math.min(inner, f.measure(input.kind, cssFont(badgeFont)) + 2 * pad)
    f.items.push({
      type: 'rect',
      x,
      y,
      width: badgeWidth,
      height: rowHeight,
      fill: 'none',
      stroke: f.tone,
      strokeWidth: Math.max(1, px(2)),
      radius: rowHeight / 2,
    })
    const baseline = y + rowHeight / 2 + badgeFont.size * 0.36
    f.text(x + pad, baseline, input.kind, badgeFont, f.tone, 'kind')
    x += badgeWidth + px(16)
  }
  if (input.topic) {
    const [topic = ''] = f.clamped(input.topic, topicFont, M + inner - x, 1)
    const baseline = y + rowHeight / 2 + topicFont.size * 0.36
    f.text(x, baseline, topic, topicFont, colours.ink, 'topic')
  }
  return y + rowHeight
}

/** The link along the bottom edge, under a rule (or a note when it is too long to print). Returns
 * the lowest line the accounts and the reason may use. */
function layoutFooter(f: CardFrame, link: string): number {
  const { M, inner, colours } = f
  const linkFont: CardFont = { family: 'mono', size: f.px(17) }
  const linkGlued = new Set<number>()
  const linkLines = f.lines(link, linkFont, inner, { glued: linkGlued })
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
            font: noteFont(f),
            fill: colours.muted,
            part: 'note' as const,
          },
        ]
  const footerHeight = footer.reduce((h, line) => h + Math.round(line.font.size * 1.45), 0)
  let bottom = f.H - M
  footer.forEach((line, i) => {
    const step = Math.round(line.font.size * 1.45)
    const lineY = bottom - footerHeight + step * (i + 1) - Math.round(line.font.size * 0.4)
    const glued = line.glued ? { glued: true } : {}
    f.text(M, lineY, line.text, line.font, line.fill, line.part, glued)
  })
  bottom -= footerHeight + f.px(16)
  f.items.push({
    type: 'rect',
    x: M,
    y: bottom,
    width: inner,
    height: Math.max(1, Math.round(f.u)),
    fill: colours.rule,
  })
  return bottom - f.px(22)
}

/** The reason, measured before the quotes so they know their room: a smaller size when it is long. */
function measureReason(f: CardFrame, reason: string | undefined) {
  let font: CardFont = { family: 'sans', size: f.px(f.tall ? 22 : 19) }
  let lines: string[] = []
  if (reason) {
    lines = f.lines(reason, font, f.inner)
    if (lines.length > 3) {
      font = { ...font, size: f.px(f.tall ? 19 : 16) }
      lines = f.clamped(reason, font, f.inner, f.tall ? 6 : 4)
    }
  }
  const lineHeight = Math.round(font.size * 1.4)
  const gap = f.px(f.tall ? 40 : 30)
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
function fitColumns(f: CardFrame, input: CardInput, space: number) {
  const count = Math.max(1, input.columns.length)
  const gap = f.px(44)
  const columnWidth = (f.inner - gap * (count - 1)) / count
  const ruleGap = f.px(20)
  const quoteWidth = columnWidth - ruleGap
  const labelFont: CardFont = { family: 'sans', size: f.px(f.tall ? 22 : 19), weight: 700 }
  const speakerFont: CardFont = { family: 'sans', size: f.px(f.tall ? 18 : 16) }
  const heads = input.columns.map((column) => {
    const label = f.clamped(column.label, labelFont, columnWidth, 2)
    const speaker = column.speaker ? f.clamped(column.speaker, speakerFont, columnWidth, 1) : []
    const height =
      label.length * Math.round(labelFont.size * 1.3) +
      speaker.length * Math.round(speakerFont.size * 1.4) +
      f.px(14)
    return { label, speaker, height }
  })
  const headHeight = Math.max(0, ...heads.map((h) => h.height))
  const room = space - headHeight
  const wrapAt = (px: number) =>
    input.columns.map((column) => {
      const out = { glued: new Set<number>(), broken: [] as string[] }
      const font = quoteFont(px, column.passages.length === 0)
      return { body: f.lines(bodyOf(column), font, quoteWidth, out), ...out }
    })
  const largest = f.px(f.tall ? 64 : 40)
  const smallest = f.px(f.tall ? 24 : 20)
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
function layoutColumns(f: CardFrame, input: CardInput, fit: Columns, top: number): void {
  input.columns.forEach((column, i) => {
    const x = f.M + i * (fit.columnWidth + fit.gap)
    const head = fit.heads[i]!
    let hy = top
    for (const line of head.label) {
      hy += Math.round(fit.labelFont.size * 1.3)
      f.text(x, hy, line, fit.labelFont, f.colours.ink, 'label', { column: i })
    }
    for (const line of head.speaker) {
      hy += Math.round(fit.speakerFont.size * 1.4)
      f.text(x, hy, line, fit.speakerFont, f.colours.muted, 'speaker', { column: i })
    }
    const silent = column.passages.length === 0
    const font = quoteFont(fit.quoteSize, silent)
    const { glued } = fit.wrapped[i]!
    let body = fit.wrapped[i]!.body
    if (body.length > fit.maxLines) {
      body = f.clamp(body, fit.maxLines, font, fit.quoteWidth)
    }
    const bodyTop = top + fit.headHeight
    const rtl = textDirection(bodyOf(column)) === 'rtl'
    f.items.push({
      type: 'rect',
      x,
      y: bodyTop,
      width: Math.max(2, f.px(5)),
      height: body.length * fit.lineHeight,
      fill: silent ? f.colours.rule : f.tone,
    })
    body.forEach((line, n) => {
      if (!line) return
      const baseline = bodyTop + fit.lineHeight * (n + 1) - Math.round(fit.quoteSize * 0.32)
      f.text(
        rtl ? x + fit.columnWidth : x + fit.ruleGap,
        baseline,
        line,
        font,
        silent ? f.colours.muted : f.colours.ink,
        silent ? 'silent' : 'quote',
        { column: i, rtl, ...(glued.has(n) && n < body.length - 1 ? { glued: true } : {}) },
      )
    })
  })
}
