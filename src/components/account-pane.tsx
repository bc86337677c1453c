import { Fragment } from 'react'
import type { Segment } from '../core'
import type { SourcedAccount } from '../data/pair'
import { groupParagraphs } from './group-paragraphs'
import { Passage } from './passage'

interface AccountPaneProps {
  account: SourcedAccount
  otherLabel: string
  segments: Segment[]
  focus: string
}

/**
 * One account, paragraph by paragraph, in its own scroll box so both can be brought to a divergence.
 * `relative` keeps the passages' visually hidden labels inside the scroll box: positioned against the
 * page, they would stretch it and make the whole page scroll.
 */
export function AccountPane({ account, otherLabel, segments, focus }: AccountPaneProps) {
  const paragraphs = groupParagraphs(segments)
  return (
    <section
      role="region"
      aria-label={account.label}
      className="pane relative min-h-0 rounded-lg border border-stone-200 bg-white shadow-sm min-[900px]:overflow-y-auto"
    >
      <header className="sticky top-0 z-10 border-b border-stone-200 bg-white/95 px-5 py-3 backdrop-blur">
        <h2 className="font-sans text-base font-semibold text-stone-900">{account.label}</h2>
        <p className="font-sans text-xs text-stone-500">{account.speaker}</p>
      </header>
      <div className="reading px-5 py-4">
        {paragraphs.map((paragraph) => (
          <p
            key={paragraph[0]!.id}
            className="paragraph"
            data-focus-topic={paragraph.some((s) => s.topics.includes(focus)) || undefined}
          >
            {paragraph.map((segment, i) => (
              <Fragment key={segment.id}>
                {/* Keep the original spacing between sentences, so copying text stays faithful. */}
                {i > 0 && account.text.slice(paragraph[i - 1]!.end, segment.start)}
                <Passage
                  segment={segment}
                  text={account.text}
                  ownLabel={account.label}
                  otherLabel={otherLabel}
                  inFocus={segment.topics.includes(focus)}
                />
              </Fragment>
            ))}
          </p>
        ))}
      </div>
    </section>
  )
}
