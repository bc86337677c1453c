import { Fragment, useMemo } from 'react'
import type { Comparison, Segment } from '../../core'
import type { AccountPair } from '../../data/pair'
import { Passage } from '../passage'
import { counterpartLighting, type PassageHighlights } from '../passage-highlights'
import { overlapsLinked, useLinkedSpans } from '../share/permalink-highlights'
import { interleavePassages } from './interleave-passages'

interface InlineViewProps {
  pair: AccountPair
  passages: Comparison['segments']
  focus: string
  /** BCP 47 tags of the two accounts' languages ('' when unknown). */
  langs: [string, string]
  highlights: PassageHighlights
  idPrefix: string
  /** The filters' verdict per passage, or null when nothing is filtered; what they fold is left out. */
  shown: ((passage: Segment) => boolean) | null
  /** What to say when the filters leave nothing. */
  nothingShown: string
}

/**
 * Both accounts in one column: each passage of the first followed by what the second tells of it, so
 * a phone reader sees a claim and its counterpart together. Passages are the same elements as in the
 * panes (same ids and data attributes), so jumps, highlights and sharing work here too.
 */
export function InlineView(props: InlineViewProps) {
  const { pair, passages, focus, langs, highlights, idPrefix, shown, nothingShown } = props
  const runs = useMemo(
    () =>
      interleavePassages(
        shown ? { a: passages.a.filter(shown), b: passages.b.filter(shown) } : passages,
      ),
    [passages, shown],
  )
  const total = passages.a.length + passages.b.length
  const hidden = total - runs.reduce((n, run) => n + run.passages.length, 0)
  const linked = useLinkedSpans()
  const accounts = { a: pair.a, b: pair.b }
  const other = { a: pair.b, b: pair.a }

  return (
    <section
      role="region"
      aria-label={`${pair.a.label} and ${pair.b.label}, inline`}
      className="relative min-h-0 rounded-lg border border-stone-200 bg-white shadow-sm min-[900px]:overflow-y-auto"
    >
      <div
        className="reading mx-auto flex max-w-[48rem] flex-col gap-3 px-3 py-4 min-[900px]:px-5"
        {...counterpartLighting(highlights)}
      >
        {runs.length === 0 ? (
          <p className="font-sans text-sm text-stone-600">{nothingShown}</p>
        ) : (
          hidden > 0 && (
            <p className="font-sans text-sm text-stone-600">
              The filters leave out {hidden} of {total} passages; turn them off to read all.
            </p>
          )
        )}
        {runs.map((run) => {
          const account = accounts[run.side]
          return (
            <div key={run.passages[0]!.id} className="inline-run" data-run-side={run.side}>
              <p className="font-sans text-xs font-semibold tracking-wide text-stone-500 uppercase">
                {account.label}
              </p>
              <p dir="auto" lang={langs[run.side === 'a' ? 0 : 1] || undefined}>
                {run.passages.map((passage, i) => (
                  <Fragment key={passage.id}>
                    {i > 0 && ' '}
                    <Passage
                      passage={passage}
                      text={account.text}
                      ownLabel={account.label}
                      otherLabel={other[run.side].label}
                      inFocus={passage.topics.includes(focus)}
                      idPrefix={idPrefix}
                      permalinked={overlapsLinked(linked, passage)}
                    />
                  </Fragment>
                ))}
              </p>
            </div>
          )
        })}
      </div>
    </section>
  )
}
