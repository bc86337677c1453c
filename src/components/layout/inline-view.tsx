import { Fragment, useMemo } from 'react'
import type { Comparison } from '../../core'
import type { AccountPair } from '../../data/pair'
import { Passage } from '../passage'
import { counterpartLighting, type PassageHighlights } from '../passage-highlights'
import { overlapsLinked, useLinkedSpans } from '../share/permalink-highlights'
import { interleavePassages } from './interleave-passages'

interface InlineViewProps {
  pair: AccountPair
  segments: Comparison['segments']
  focus: string
  /** BCP 47 tags of the two accounts' languages ('' when unknown). */
  langs: [string, string]
  highlights: PassageHighlights
  idPrefix: string
}

/**
 * Both accounts in one column: each passage of the first followed by what the second tells of it, so
 * a phone reader sees a claim and its counterpart together. Passages are the same elements as in the
 * panes (same ids and data attributes), so jumps, highlights and sharing work here too.
 */
export function InlineView(props: InlineViewProps) {
  const { pair, segments, focus, langs, highlights, idPrefix } = props
  const runs = useMemo(() => interleavePassages(segments), [segments])
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
        {runs.map((run) => {
          const account = accounts[run.side]
          return (
            <div key={run.segments[0]!.id} className="inline-run" data-run-side={run.side}>
              <p className="font-sans text-xs font-semibold tracking-wide text-stone-500 uppercase">
                {account.label}
              </p>
              <p dir="auto" lang={langs[run.side === 'a' ? 0 : 1] || undefined}>
                {run.segments.map((segment, i) => (
                  <Fragment key={segment.id}>
                    {i > 0 && ' '}
                    <Passage
                      segment={segment}
                      text={account.text}
                      ownLabel={account.label}
                      otherLabel={other[run.side].label}
                      inFocus={segment.topics.includes(focus)}
                      idPrefix={idPrefix}
                      permalinked={overlapsLinked(linked, segment)}
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
