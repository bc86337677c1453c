import { Fragment, memo } from 'react'
import type { AccountPassage } from '../../core'
import type { AccountSpan } from '../../data/account-set'
import type { Chunk } from '../chunk-paragraphs'
import { overlapsSpan, setPassageDomId } from './passage-dom'
import { SetPassage } from './set-passage'

interface SetChunkProps {
  index: number
  chunk: Chunk<AccountPassage>
  /** Rendered, or a placeholder of `height` px standing in for it. */
  active: boolean
  height: number
  observe: (el: HTMLElement | null) => void
  /** The whole account text: passages are offset ranges into it. */
  text: string
  ownLabel: string
  /** Who else tells a passage's claim, by label, from its counterparts' ids. */
  tellingOf: (counterparts: string[]) => string
  highlights: readonly AccountSpan[]
  idPrefix: string
}

/** A run of an account's paragraphs in the set's reader, or a placeholder of its height while it is
 * far from view (see use-chunk-window): a long account never renders whole. */
export const SetChunk = memo(function SetChunk(props: SetChunkProps) {
  const { index, chunk, active, height, observe, text, ownLabel, tellingOf } = props
  const { highlights, idPrefix } = props
  if (!active) {
    return <div ref={observe} data-chunk={index} className="chunk-placeholder" style={{ height }} />
  }
  return (
    <div
      ref={observe}
      data-chunk={index}
      className="passage-chunk"
      style={{ containIntrinsicBlockSize: `auto ${height}px` }}
    >
      {chunk.blocks.map(({ passages: paragraph }) => (
        <p key={paragraph[0]!.id} dir="auto" className="paragraph">
          {paragraph.map((passage, i) => (
            <Fragment key={passage.id}>
              {/* The original spacing between sentences, so copied text stays faithful. */}
              {i > 0 && text.slice(paragraph[i - 1]!.end, passage.start)}
              <SetPassage
                passage={passage}
                text={text}
                ownLabel={ownLabel}
                telling={tellingOf(passage.counterparts)}
                domId={setPassageDomId(idPrefix, passage.id)}
                permalinked={overlapsSpan(highlights, passage)}
              />
            </Fragment>
          ))}
        </p>
      ))}
    </div>
  )
})
