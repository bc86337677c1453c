import type { CardInput, CardSize, CardTheme } from './card-input'
import { cssFont, type CardFont, type CardItem, type CardLayout, type CardPart } from './card-items'
import { PALETTES } from './palette'
import { clampLines, wrapText, type Measure } from './wrap-text'
import { textDirection } from '../text-direction'

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
  const { width: W, height: H } = size
  const tall = H > W
  const u = W / 1200
  const colours = PALETTES[theme]
  const tone = colours.tones[input.tone ?? 'plain']
  const M = Math.round((tall ? 72 : 56) * u)
  const inner = W - 2 * M
  const items: CardItem[] = [{ type: 'rect', x: 0, y: 0, width: W, height: H, fill: colours.paper }]
  const text = (
    x: number,
    y: number,
    value: string,
    font: CardFont,
    fill: string,
    part: CardPart,
    extra: Partial<Extract<CardItem, { type: 'text' }>> = {},
  ) => items.push({ type: 'text', x, y, text: value, font, fill, part, ...extra })
  const lines = (
    value: string,
    font: CardFont,
    width: number,
    out?: { glued?: Set<number>; broken?: string[] },
  ) => wrapText(value, cssFont(font), width, measure, out)

  // The event.
  let y = M
  const brand: CardFont = { family: 'sans', size: Math.round(16 * u), weight: 700 }
  y += brand.size
  text(M, y, 'PARALLAX', brand, colours.accent, 'brand', { letterSpacing: Math.round(3 * u) })
  const headStart = items.length
  const titleFont: CardFont = { family: 'serif', size: Math.round((tall ? 44 : 34) * u) }
  const titleLines = clampLines(
    lines(input.title, titleFont, inner),
    2,
    (l) => measure(l, cssFont(titleFont)) <= inner,
  )
  for (const line of titleLines) {
    y += Math.round(titleFont.size * 1.2)
    text(M, y, line, titleFont, colours.ink, 'title')
  }
  if (input.date) {
    const dateFont: CardFont = { family: 'sans', size: Math.round(18 * u) }
    y += Math.round(dateFont.size * 1.5)
    text(M, y, input.date, dateFont, colours.muted, 'date')
  }

  // How the accounts differ, on what.
  if (input.kind || input.topic) {
    y += Math.round(24 * u)
    const badgeFont: CardFont = { family: 'sans', size: Math.round(17 * u), weight: 700 }
    const topicFont: CardFont = { family: 'sans', size: Math.round(20 * u), weight: 700 }
    const rowHeight = Math.round(34 * u)
    let x = M
    if (input.kind) {
      const pad = Math.round(12 * u)
      const badgeWidth = Math.min(inner, measure(input.kind, cssFont(badgeFont)) + 2 * pad)
      items.push({
        type: 'rect',
        x,
        y,
        width: badgeWidth,
        height: rowHeight,
        fill: 'none',
        stroke: tone,
        strokeWidth: Math.max(1, Math.round(2 * u)),
        radius: rowHeight / 2,
      })
      text(x + pad, y + rowHeight / 2 + badgeFont.size * 0.36, input.kind, badgeFont, tone, 'kind')
      x += badgeWidth + Math.round(16 * u)
    }
    if (input.topic) {
      const room = M + inner - x
      const [topic = ''] = clampLines(
        lines(input.topic, topicFont, room),
        1,
        (l) => measure(l, cssFont(topicFont)) <= room,
      )
      text(x, y + rowHeight / 2 + topicFont.size * 0.36, topic, topicFont, colours.ink, 'topic')
    }
    y += rowHeight
  }
  const headEnd = items.length
  const columnsTop = y + Math.round(30 * u)

  // The link along the bottom edge, under a rule.
  const linkFont: CardFont = { family: 'mono', size: Math.round(17 * u) }
  const linkGlued = new Set<number>()
  const linkLines = lines(input.link, linkFont, inner, { glued: linkGlued })
  const printedLink = linkLines.length <= 3 ? linkLines : [] // a link carrying whole texts is no use in print
  const noteFont: CardFont = { family: 'sans', size: Math.round(15 * u) }
  let bottom = H - M
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
            text: 'The link to these passages is too long to print: it carries both texts.',
            font: noteFont,
            fill: colours.muted,
            part: 'note' as const,
          },
        ]
  const footerHeight = footer.reduce((h, f) => h + Math.round(f.font.size * 1.45), 0)
  footer.forEach((f, i) => {
    const lineY =
      bottom -
      footerHeight +
      Math.round(f.font.size * 1.45) * (i + 1) -
      Math.round(f.font.size * 0.4)
    text(M, lineY, f.text, f.font, f.fill, f.part, f.glued ? { glued: true } : {})
  })
  bottom -= footerHeight + Math.round(16 * u)
  items.push({
    type: 'rect',
    x: M,
    y: bottom,
    width: inner,
    height: Math.max(1, Math.round(u)),
    fill: colours.rule,
  })
  bottom -= Math.round(22 * u)

  // The reason goes under the accounts; measured first, so the quotes know their room.
  let reasonFont: CardFont = { family: 'sans', size: Math.round((tall ? 22 : 19) * u) }
  let reasonLines: string[] = []
  if (input.reason) {
    reasonLines = lines(input.reason, reasonFont, inner)
    if (reasonLines.length > 3) {
      reasonFont = { ...reasonFont, size: Math.round((tall ? 19 : 16) * u) }
      reasonLines = clampLines(
        lines(input.reason, reasonFont, inner),
        tall ? 6 : 4,
        (l) => measure(l, cssFont(reasonFont)) <= inner,
      )
    }
  }
  const reasonLineHeight = Math.round(reasonFont.size * 1.4)
  const reasonGap = Math.round((tall ? 40 : 30) * u)
  const reasonHeight =
    reasonLines.length > 0 ? reasonGap + reasonLineHeight * reasonLines.length : 0

  // The accounts, side by side.
  const count = Math.max(1, input.columns.length)
  const gap = Math.round(44 * u)
  const columnWidth = (inner - gap * (count - 1)) / count
  const ruleGap = Math.round(20 * u)
  const quoteWidth = columnWidth - ruleGap
  const labelFont: CardFont = {
    family: 'sans',
    size: Math.round((tall ? 22 : 19) * u),
    weight: 700,
  }
  const speakerFont: CardFont = { family: 'sans', size: Math.round((tall ? 18 : 16) * u) }
  const heads = input.columns.map((column) => {
    const label = clampLines(
      lines(column.label, labelFont, columnWidth),
      2,
      (l) => measure(l, cssFont(labelFont)) <= columnWidth,
    )
    const speaker = column.speaker
      ? clampLines(
          lines(column.speaker, speakerFont, columnWidth),
          1,
          (l) => measure(l, cssFont(speakerFont)) <= columnWidth,
        )
      : []
    const height =
      label.length * Math.round(labelFont.size * 1.3) +
      speaker.length * Math.round(speakerFont.size * 1.4) +
      Math.round(14 * u)
    return { label, speaker, height }
  })
  const headHeight = Math.max(0, ...heads.map((h) => h.height))
  const room = bottom - columnsTop - headHeight - reasonHeight
  const bodyOf = (column: CardInput['columns'][number]) =>
    column.passages.join('\n\n') || column.silent || ''
  const fontAt = (px: number, silent: boolean): CardFont => ({
    family: 'serif',
    size: px,
    italic: silent,
  })
  const wrapAt = (px: number) =>
    input.columns.map((c) => {
      const out = { glued: new Set<number>(), broken: [] as string[] }
      const body = lines(bodyOf(c), fontAt(px, c.passages.length === 0), quoteWidth, out)
      return { body, ...out }
    })
  const largest = Math.round((tall ? 64 : 40) * u)
  const smallest = Math.round((tall ? 24 : 20) * u)
  let quoteSize = largest
  let wrapped = wrapAt(quoteSize)
  // A size fits when every column does, without breaking a word a smaller size would keep whole
  // (a word of a text without spaces, Chinese say, is broken at any size).
  const fits = (px: number, all: ReturnType<typeof wrapAt>) =>
    Math.max(...all.map((c) => c.body.length)) * Math.round(px * 1.38) <= room &&
    all.every((c) => c.broken.every((word) => [...word].length > 24))
  while (quoteSize > smallest && !fits(quoteSize, wrapped)) {
    quoteSize -= 1
    wrapped = wrapAt(quoteSize)
  }
  const lineHeight = Math.round(quoteSize * 1.38)
  const maxLines = Math.max(1, Math.floor(room / lineHeight))
  const bodyLines = Math.min(maxLines, Math.max(1, ...wrapped.map((c) => c.body.length)))
  const blockTop = columnsTop
  const bodyStart = items.length
  let shortened = false
  input.columns.forEach((column, i) => {
    const x = M + i * (columnWidth + gap)
    const head = heads[i]!
    let hy = blockTop
    for (const line of head.label) {
      hy += Math.round(labelFont.size * 1.3)
      text(x, hy, line, labelFont, colours.ink, 'label', { column: i })
    }
    for (const line of head.speaker) {
      hy += Math.round(speakerFont.size * 1.4)
      text(x, hy, line, speakerFont, colours.muted, 'speaker', { column: i })
    }
    const silent = column.passages.length === 0
    const font = fontAt(quoteSize, silent)
    const { glued } = wrapped[i]!
    let body = wrapped[i]!.body
    if (body.length > maxLines) {
      shortened = true
      body = clampLines(body, maxLines, (l) => measure(l, cssFont(font)) <= quoteWidth)
    }
    const top = blockTop + headHeight
    const rtl = textDirection(bodyOf(column)) === 'rtl'
    items.push({
      type: 'rect',
      x,
      y: top,
      width: Math.max(2, Math.round(5 * u)),
      height: body.length * lineHeight,
      fill: silent ? colours.rule : tone,
    })
    body.forEach((line, n) => {
      if (!line) return
      const baseline = top + lineHeight * (n + 1) - Math.round(quoteSize * 0.32)
      text(
        rtl ? x + columnWidth : x + ruleGap,
        baseline,
        line,
        font,
        silent ? colours.muted : colours.ink,
        silent ? 'silent' : 'quote',
        { column: i, rtl, ...(glued.has(n) && n < body.length - 1 ? { glued: true } : {}) },
      )
    })
  })
  const reasonTop = blockTop + headHeight + bodyLines * lineHeight + reasonGap
  reasonLines.forEach((line, i) => {
    const baseline = reasonTop + reasonLineHeight * (i + 1) - Math.round(reasonFont.size * 0.35)
    text(M, baseline, line, reasonFont, colours.muted, 'reason')
  })
  // Room left over when the texts are short (a tall card, most often) goes above and below all but
  // the name and the link, a little more of it below: the finding sits in the middle of the card.
  const shift = Math.max(0, Math.round((room - bodyLines * lineHeight) * 0.45))
  for (const [from, to] of [
    [headStart, headEnd],
    [bodyStart, items.length],
  ] as const) {
    for (const item of items.slice(from, to)) item.y += shift
  }
  if (shortened) {
    text(
      M + inner,
      blockTop - Math.round(8 * u),
      'Shortened to fit: the link shows the whole passage.',
      noteFont,
      colours.muted,
      'note',
      { end: true },
    )
  }
  return { width: W, height: H, items, quoteSize, shortened }
}
