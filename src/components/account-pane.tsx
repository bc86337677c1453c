import { useMemo } from 'react'
import type { Segment } from '../core'
import type { SourcedAccount } from '../data/pair'
import { chunkParagraphs } from './chunk-paragraphs'
import { groupParagraphs } from './group-paragraphs'
import { PassageChunk } from './passage-chunk'
import { useProgressiveItems } from './use-progressive-items'

interface AccountPaneProps {
  account: SourcedAccount
  otherLabel: string
  segments: Segment[]
  focus: string
  /** BCP 47 tag of the account's language, or '' when unknown: screen readers and fonts use it. */
  lang: string
}

/**
 * One account, paragraph by paragraph, in its own scroll box so both can be brought to a divergence.
 * Long accounts come in chunk by chunk (see use-progressive-items.ts), top first.
 * `relative` keeps the passages' visually hidden labels inside the scroll box: positioned against the
 * page, they would stretch it and make the whole page scroll.
 */
export function AccountPane({ account, otherLabel, segments, focus, lang }: AccountPaneProps) {
  // The focus travels with its chunks: a chunk not yet swapped for the new lens keeps the old marks.
  const chunks = useMemo(
    () => chunkParagraphs(groupParagraphs(segments)).map((chunk) => ({ ...chunk, focus })),
    [segments, focus],
  )
  const shown = useProgressiveItems(chunks)
  return (
    <section
      role="region"
      aria-label={account.label}
      className="pane relative min-h-0 rounded-lg border border-stone-200 bg-white shadow-sm min-[900px]:overflow-y-auto"
    >
      <header className="sticky top-0 z-10 border-b border-stone-200 bg-white/95 px-5 py-3 backdrop-blur">
        <h2 dir="auto" className="font-sans text-base font-semibold text-stone-900">
          {account.label}
        </h2>
        {account.speaker && <p className="font-sans text-xs text-stone-500">{account.speaker}</p>}
      </header>
      <div className="reading px-5 py-4" lang={lang || undefined}>
        {shown.map((chunk, slot) => (
          <PassageChunk
            // By slot: a new lens brings new segments for the same text, swapped in place.
            key={slot}
            chunk={chunk}
            text={account.text}
            ownLabel={account.label}
            otherLabel={otherLabel}
          />
        ))}
      </div>
    </section>
  )
}
