import type { CardInput } from './card-input'

const sentence = (s: string) => (/[.!?…]["”»’]*$/.test(s.trim()) ? s.trim() : `${s.trim()}.`)

/** A passage in quotation marks, unless it has its own (it often starts or ends inside a quotation). */
const quoted = (passage: string) => {
  const text = passage.replace(/\s+/g, ' ').trim()
  return /[“”"«»„]/.test(text) ? text : `“${text}”`
}

/**
 * The card in words, for the image's alt text: everything it shows, in reading order. The texts are
 * quoted whole, as on the card.
 */
export function cardAltText(input: CardInput): string {
  const parts = [
    `Quote card from Parallax: ${sentence([input.title, input.date].filter(Boolean).join(', '))}`,
  ]
  if (input.topic || input.kind) {
    parts.push(sentence([input.topic, input.kind].filter(Boolean).join(': ')))
  }
  for (const column of input.columns) {
    const who = column.speaker ? `${column.label} (${column.speaker})` : column.label
    parts.push(
      column.passages.length > 0
        ? `${who}: ${sentence(column.passages.map(quoted).join(' … '))}`
        : `${who}: ${sentence(column.silent ?? 'says nothing on this')}`,
    )
  }
  if (input.reason) parts.push(sentence(input.reason))
  parts.push(`Link: ${input.link}`)
  return parts.join(' ')
}
