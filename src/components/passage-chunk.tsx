import { Fragment, memo } from 'react'
import type { Chunk } from './chunk-paragraphs'
import { Passage } from './passage'

interface PassageChunkProps {
  chunk: Chunk & { focus: string }
  /** The whole account text: passages and their word marks are offsets into it. */
  text: string
  ownLabel: string
  otherLabel: string
}

/**
 * A run of paragraphs rendered as one piece. Memoized, so adding the next chunk leaves the ones already
 * on screen alone; `content-visibility: auto` lets the browser skip laying out chunks far from view.
 */
export const PassageChunk = memo(function PassageChunk(props: PassageChunkProps) {
  const { chunk, text, ownLabel, otherLabel } = props
  const { paragraphs, focus, estimatedHeight } = chunk
  return (
    <div
      className="passage-chunk"
      // Rough height before the chunk is first laid out, so the scroll bar is about right.
      style={{ containIntrinsicBlockSize: `auto ${estimatedHeight}px` }}
    >
      {paragraphs.map((paragraph) => (
        <p
          key={paragraph[0]!.id}
          dir="auto"
          className="paragraph"
          data-focus-topic={paragraph.some((s) => s.topics.includes(focus)) || undefined}
        >
          {paragraph.map((segment, i) => (
            <Fragment key={segment.id}>
              {/* Keep the original spacing between sentences, so copying text stays faithful. */}
              {i > 0 && text.slice(paragraph[i - 1]!.end, segment.start)}
              <Passage
                segment={segment}
                text={text}
                ownLabel={ownLabel}
                otherLabel={otherLabel}
                inFocus={segment.topics.includes(focus)}
              />
            </Fragment>
          ))}
        </p>
      ))}
    </div>
  )
})
