import { describeAlignment } from '../describe-alignment'
import type { Segment } from '../types'
import { escapeHtml } from './escape'

/** What marking a passage needs: a pair's `Segment`, or a passage of an account of a set. */
type Marked = Pick<Segment, 'id' | 'start' | 'end' | 'alignment' | 'pieces'>

/** A passage's words, with jsdiff's changed words marked. */
function passageWords(text: string, segment: Marked): string {
  let html = ''
  let at = segment.start
  for (const piece of segment.pieces) {
    const start = Math.max(piece.start, at)
    const end = Math.min(piece.end, segment.end)
    if (!piece.changed || end <= start) continue
    html += escapeHtml(text.slice(at, start))
    html += `<mark class="changed">${escapeHtml(text.slice(start, end))}</mark>`
    at = end
  }
  return html + escapeHtml(text.slice(at, segment.end))
}

function passage(text: string, segment: Marked, own: string, other: string): string {
  const cue = escapeHtml(describeAlignment(segment.alignment, own, other))
  const badge =
    segment.alignment === 'contradicts' ? '<span class="badge" aria-hidden="true">≠</span>' : ''
  return (
    `<span class="passage" id="${escapeHtml(segment.id)}" data-alignment="${segment.alignment}">` +
    `<span class="cue">(${cue}) </span>${badge}${passageWords(text, segment)}</span>`
  )
}

/** Text between passages: a line break there starts a new paragraph; other spacing is kept. */
function gap(between: string): string {
  return /\n/.test(between) ? '</p><p>' : escapeHtml(between)
}

/**
 * An account's whole text, paragraph by paragraph, with each passage wrapped in its alignment marks.
 * Inside a paragraph the text is exactly as given (the paragraphs keep their spaces and line breaks).
 */
export function accountHtml(text: string, segments: Marked[], own: string, other: string): string {
  let html = ''
  let at = 0
  for (const segment of [...segments].sort((x, y) => x.start - y.start)) {
    if (segment.start < at) continue
    const before = text.slice(at, segment.start)
    html += (at === 0 ? escapeHtml(before) : gap(before)) + passage(text, segment, own, other)
    at = segment.end
  }
  return `<p>${html}${escapeHtml(text.slice(at))}</p>`
}
