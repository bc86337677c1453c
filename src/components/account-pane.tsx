import { useEffect, useMemo } from 'react'
import type { Segment } from '../core'
import type { SourcedAccount } from '../data/pair'
import { chunkParagraphs } from './chunk-paragraphs'
import { groupParagraphs } from './group-paragraphs'
import { foldPassages } from './navigation/fold-passages'
import { PassageChunk } from './passage-chunk'
import { counterpartLighting, type PassageHighlights } from './passage-highlights'
import type { PassageRequests } from './passage-requests'
import { useChunkWindow, WINDOW_ABOVE } from './use-chunk-window'

interface AccountPaneProps {
  account: SourcedAccount
  otherLabel: string
  passages: Segment[]
  focus: string
  /** BCP 47 tag of the account's language, or '' when unknown: screen readers and fonts use it. */
  lang: string
  highlights: PassageHighlights
  requests: PassageRequests
  idPrefix: string
  /** Which passages the filters let through (null: all); the rest are folded into stubs. */
  shown: ((passage: Segment) => boolean) | null
  /** What the pane says when the filters let none of its passages through. */
  nothingShown: string
  onUnfold: (passageIds: string[]) => void
}

/**
 * One account, paragraph by paragraph, in its own scroll box so both can be brought to a divergence.
 * The pane listens for hover and focus on behalf of all its passages and lights their counterparts.
 * `relative` keeps the passages' visually hidden labels inside the scroll box: positioned against the
 * page, they would stretch it and make the whole page scroll.
 */
export function AccountPane(props: AccountPaneProps) {
  const { account, otherLabel, passages, focus, lang, highlights, requests, idPrefix } = props
  const { shown, nothingShown, onUnfold } = props
  // The focus travels with its chunks: a chunk not yet re-rendered for a new lens keeps the old marks.
  const chunks = useMemo(
    () =>
      chunkParagraphs(foldPassages(groupParagraphs(passages), shown)).map((chunk) => ({
        ...chunk,
        focus,
      })),
    [passages, focus, shown],
  )
  const allFolded = shown !== null && passages.length > 0 && !passages.some(shown)
  const { active, heights, observe, activate } = useChunkWindow(
    chunks,
    passages.length > WINDOW_ABOVE,
  )

  useEffect(() => {
    const chunkOf = new Map<string, number>()
    chunks.forEach((chunk, i) =>
      chunk.blocks.forEach((block) => block.passages.forEach((s) => chunkOf.set(s.id, i))),
    )
    return requests.subscribe((ids) => {
      const wanted = ids.map((id) => chunkOf.get(id)).filter((i): i is number => i !== undefined)
      if (wanted.length > 0) activate(wanted)
    })
  }, [chunks, requests, activate])

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
      <div
        className="reading px-5 py-4"
        lang={lang || undefined}
        {...counterpartLighting(highlights)}
      >
        {allFolded && <p className="mb-3 font-sans text-sm text-stone-600">{nothingShown}</p>}
        {chunks.map((chunk, index) => (
          <PassageChunk
            // By slot: a new lens brings new passages for the same text, re-rendered in place.
            key={index}
            index={index}
            chunk={chunk}
            active={active.has(index)}
            height={heights.get(index) ?? chunk.estimatedHeight}
            observe={observe}
            text={account.text}
            ownLabel={account.label}
            otherLabel={otherLabel}
            idPrefix={idPrefix}
            onUnfold={onUnfold}
          />
        ))}
      </div>
    </section>
  )
}
