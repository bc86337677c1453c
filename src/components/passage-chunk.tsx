import { Fragment, memo } from 'react'
import type { Segment } from '../core'
import type { Chunk } from './chunk-paragraphs'
import { FoldStub } from './navigation/fold-stub'
import { Passage } from './passage'
import { overlapsLinked, useLinkedSpans } from './share/permalink-highlights'

interface PassageChunkProps {
  index: number
  chunk: Chunk & { focus: string }
  /** Rendered, or a placeholder of `height` px standing in for it. */
  active: boolean
  height: number
  observe: (el: HTMLElement | null) => void
  /** The whole account text: passages and their word marks are offsets into it. */
  text: string
  ownLabel: string
  otherLabel: string
  idPrefix: string
  /** Brings back a run of passages the filters folded away. */
  onUnfold: (passageIds: string[]) => void
}

/**
 * A run of paragraphs, rendered as one piece or held by a placeholder of its height. Memoized, so a
 * change to one chunk leaves the others alone; once rendered, `content-visibility: auto` lets the
 * browser skip laying it out while it is far from view.
 */
export const PassageChunk = memo(function PassageChunk(props: PassageChunkProps) {
  const { index, chunk, active, height, observe, text, ownLabel, otherLabel, idPrefix, onUnfold } =
    props
  // Read here, once per chunk, so passages stay free of hooks.
  const linked = useLinkedSpans()
  if (!active) {
    return <div ref={observe} data-chunk={index} className="chunk-placeholder" style={{ height }} />
  }
  const { blocks, focus } = chunk
  const renderParagraph = (paragraph: Segment[]) => (
    <p
      key={paragraph[0]!.id}
      dir="auto"
      className="paragraph"
      data-focus-topic={paragraph.some((s) => s.topics.includes(focus)) || undefined}
    >
      {paragraph.map((passage, i) => (
        <Fragment key={passage.id}>
          {/* Keep the original spacing between sentences, so copying text stays faithful. */}
          {i > 0 && text.slice(paragraph[i - 1]!.end, passage.start)}
          <Passage
            passage={passage}
            text={text}
            ownLabel={ownLabel}
            otherLabel={otherLabel}
            inFocus={passage.topics.includes(focus)}
            idPrefix={idPrefix}
            permalinked={overlapsLinked(linked, passage)}
          />
        </Fragment>
      ))}
    </p>
  )
  return (
    <div
      ref={observe}
      data-chunk={index}
      className="passage-chunk"
      style={{ containIntrinsicBlockSize: `auto ${height}px` }}
    >
      {blocks.map((block) =>
        block.kind === 'paragraph' ? (
          renderParagraph(block.passages)
        ) : (
          <FoldStub
            key={`fold-${block.passages[0]!.id}`}
            passages={block.passages}
            onUnfold={onUnfold}
          />
        ),
      )}
    </div>
  )
})
