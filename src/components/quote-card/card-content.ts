import type { Comparison, Divergence, Side } from '../../core'
import type { AccountPair } from '../../data/pair'
import { formatDate } from '../../lib/format-date'
import type { CardColumn, CardInput, CardTone } from '../../lib/quote-card/card-input'
import type { TextSpan } from '../../lib/selection-offsets'
import { describeKind } from '../alignment-words'

/** What a card says for an account that says nothing on the finding. */
const SILENT = 'Says nothing on this.'

const TONES: Record<Divergence['kind'], CardTone> = {
  contradicts: 'contradicts',
  reframed: 'reframed',
  'only-a': 'only',
  'only-b': 'only',
}

/** The event and its date, unless the title says the date already. */
export function eventOf(event: {
  title: string
  date?: string
}): Pick<CardInput, 'title' | 'date'> {
  const date = event.date ? formatDate(event.date) : undefined
  return { title: event.title, ...(date && !event.title.includes(date) ? { date } : {}) }
}

/**
 * Where a quote lies in its account's text: inside its passage (a key phrase is a verbatim slice of
 * it), or the whole passage when it cannot be found there. A link to this span highlights exactly
 * what the card shows.
 */
export function quoteSpan(
  text: string,
  quote: string,
  passage: { start: number; end: number },
): { start: number; end: number } {
  const at = text.indexOf(quote, passage.start)
  return at >= 0 && at + quote.length <= passage.end
    ? { start: at, end: at + quote.length }
    : { start: passage.start, end: passage.end }
}

/** One account's column: its label, who speaks, its quoted passages or that it says nothing. */
export function cardColumn(
  label: string,
  speaker: string | undefined,
  passages: string[],
): CardColumn {
  return {
    label,
    ...(speaker ? { speaker } : {}),
    passages,
    ...(passages.length === 0 ? { silent: SILENT } : {}),
  }
}

/** Where a divergence's quotes lie in their accounts (see `quoteSpan`). */
export function divergenceSpans(
  divergence: Divergence,
  comparison: Comparison,
  pair: AccountPair,
): TextSpan[] {
  const spans: TextSpan[] = []
  for (const side of ['a', 'b'] as const) {
    const quote = side === 'a' ? divergence.quoteA : divergence.quoteB
    const passage = comparison.segments[side].find((p) => p.id === divergence[side][0])
    if (!passage || !quote) continue
    spans.push({ side, ...quoteSpan(pair[side].text, quote, passage) })
  }
  return spans
}

function columnsOf(
  pair: AccountPair,
  spans: TextSpan[],
  speakers: Partial<Record<Side, string>>,
  sides: Side[],
): CardColumn[] {
  return sides.map((side) =>
    cardColumn(
      pair[side].label,
      speakers[side],
      spans.filter((s) => s.side === side).map((s) => pair[side].text.slice(s.start, s.end)),
    ),
  )
}

function findingOf(divergence: Divergence, pair: AccountPair) {
  return {
    topic: divergence.topicLabel,
    kind: describeKind(divergence.kind, pair.a.label, pair.b.label),
    tone: TONES[divergence.kind],
    ...(divergence.reason ? { reason: divergence.reason } : {}),
  }
}

/** A divergence's card: both sides' quotes (or what a silent side says), its kind, topic and reason. */
export function divergenceCard(
  divergence: Divergence,
  pair: AccountPair,
  spans: TextSpan[],
  link: string,
): CardInput {
  return {
    ...eventOf(pair),
    ...findingOf(divergence, pair),
    columns: columnsOf(pair, spans, divergence.speakers, ['a', 'b']),
    link,
  }
}

/**
 * A shared selection's card: the passages as selected, one column per account they come from, with the
 * kind and reason of the divergence they belong to, if any.
 */
export function selectionCard(
  spans: TextSpan[],
  pair: AccountPair,
  comparison: Comparison,
  link: string,
): CardInput {
  const touched = new Set(
    (['a', 'b'] as const).flatMap((side) =>
      comparison.segments[side]
        .filter((s) =>
          spans.some((span) => span.side === side && span.start < s.end && s.start < span.end),
        )
        .map((s) => s.id),
    ),
  )
  const divergence = comparison.divergences.find((d) =>
    [...d.a, ...d.b].some((id) => touched.has(id)),
  )
  const sides = (['a', 'b'] as const).filter((side) => spans.some((s) => s.side === side))
  return {
    ...eventOf(pair),
    ...(divergence ? findingOf(divergence, pair) : {}),
    columns: columnsOf(pair, spans, divergence?.speakers ?? {}, sides),
    link,
  }
}
