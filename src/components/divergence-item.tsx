import type { Divergence } from '../core'
import { describeKind } from './alignment-words'
import { Isolated } from './isolated'
import { SaveImageButton, useQuoteCards } from './quote-card/quote-cards'

interface DivergenceItemProps {
  divergence: Divergence
  labels: [string, string]
  onSelect: (divergence: Divergence) => void
  /** Collapsed away below 900px until the reader asks for the whole list. */
  hiddenOnPhones?: boolean
  /** The divergence the reader stepped to (or picked) last. */
  current?: boolean
}

function SideQuote({ label, quote, speaker }: { label: string; quote: string; speaker?: string }) {
  return (
    <span className="mt-1.5 block">
      <span dir="auto" className="block font-sans text-xs font-semibold text-stone-600">
        <Isolated>{label}</Isolated>
        {speaker && quote && (
          <span className="font-normal">
            {' '}
            · <Isolated>{speaker}</Isolated>
          </span>
        )}
      </span>
      {quote ? (
        <q dir="auto" className="divergence-quote block text-stone-900">
          {quote}
        </q>
      ) : (
        <span className="block text-stone-500 italic">Says nothing on this.</span>
      )}
    </span>
  )
}

/** How the accounts differ, naming the account for the one-sided kinds (the name isolated). */
function KindWords({ kind, labels }: { kind: Divergence['kind']; labels: [string, string] }) {
  if (kind === 'only-a' || kind === 'only-b') {
    return (
      <>
        Only in <Isolated>{labels[kind === 'only-a' ? 0 : 1]}</Isolated>
      </>
    )
  }
  return describeKind(kind, ...labels)
}

const CARD =
  'rounded-md border border-stone-200 bg-white shadow-xs transition-colors hover:border-stone-400 focus-ring'
/** The divergence gone to last: framed and tinted in the accent, so the list shows where the reader is. */
const CURRENT = 'current:border-sky-700 current:bg-sky-50 current:ring-1 current:ring-sky-700'

/** One divergence: its topic, how the accounts differ, and what each side says in its own words. */
export function DivergenceItem({
  divergence,
  labels,
  onSelect,
  hiddenOnPhones = false,
  current = false,
}: DivergenceItemProps) {
  // "Save as image" sits inside the card, below the reason, but is a button of its own: the card keeps
  // room for it at its foot. Not on paper, where the button is not printed.
  const cards = useQuoteCards()
  return (
    <li
      className={`relative ${hiddenOnPhones ? 'max-[899px]:hidden' : ''}`}
      data-current={current || undefined}
    >
      <button
        type="button"
        onClick={() => onSelect(divergence)}
        aria-current={current || undefined}
        className={`divergence-item block w-full px-3 py-2.5 text-left ${cards ? 'not-print:pb-12' : ''} ${CARD} ${CURRENT}`}
        data-kind={divergence.kind}
        // The passages it jumps to, first side first (the first one found takes focus).
        data-passages={[...divergence.a, ...divergence.b].join(' ')}
        data-focus-topic={divergence.focus || undefined}
      >
        <span className="flex flex-wrap items-baseline justify-between gap-x-2 font-sans">
          <span className="text-sm font-semibold text-stone-900">{divergence.topicLabel}</span>
          <span className="kind-badge text-xs font-medium">
            <KindWords kind={divergence.kind} labels={labels} />
          </span>
        </span>
        <SideQuote label={labels[0]} quote={divergence.quoteA} speaker={divergence.speakers.a} />
        <SideQuote label={labels[1]} quote={divergence.quoteB} speaker={divergence.speakers.b} />
        {divergence.reason && (
          <span
            dir="auto"
            className="divergence-reason mt-1.5 block font-sans text-xs text-stone-700"
          >
            {divergence.reason}
          </span>
        )}
      </button>
      <SaveImageButton
        request={() => ({ kind: 'divergence', divergence })}
        size="sm"
        className="absolute bottom-2.5 left-3 text-xs"
      />
    </li>
  )
}
