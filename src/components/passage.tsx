import { memo } from 'react'
import type { Segment } from '../core'
import { describeAlignment, describeMoved } from './alignment-words'
import { passageDomId } from './passage-highlights'
import { isWeak } from './passage-notes'
import { PassageText } from './passage-text'

interface PassageProps {
  passage: Segment
  /** The whole account text: the passage and its word marks are offsets into it. */
  text: string
  ownLabel: string
  otherLabel: string
  /** True when the passage is on the focus topic. */
  inFocus: boolean
  /** Prefix of the element's DOM id (see passage-highlights.ts). */
  idPrefix: string
  /** True when the link that opened the comparison highlights this passage. */
  permalinked: boolean
}

/**
 * One sentence of an account, marked by how it aligns with the other account. No hooks and no
 * handlers of its own (the pane listens for all its passages), so thousands of them mount cheaply.
 */
export const Passage = memo(function Passage(props: PassageProps) {
  const { passage, text, ownLabel, otherLabel, inFocus, idPrefix, permalinked } = props
  return (
    <span
      id={passageDomId(idPrefix, passage.id)}
      className="passage"
      tabIndex={0}
      dir="auto"
      data-segment={passage.id}
      data-side={passage.side}
      data-alignment={passage.alignment}
      data-counterparts={passage.counterparts.join(' ')}
      data-moved={passage.moved || undefined}
      data-aligned-by-reader={passage.alignedByReader.length > 0 || undefined}
      data-weak-match={isWeak(passage) || undefined}
      data-focus-topic={inFocus || undefined}
      data-permalink-highlight={permalinked || undefined}
    >
      <span className="sr-only">
        ({describeAlignment(passage.alignment, ownLabel, otherLabel)}){' '}
        {passage.moved && `(${describeMoved(otherLabel)}) `}
        {passage.alignedByReader.length > 0 && '(aligned by you) '}
        {isWeak(passage) && '(weak match) '}
      </span>
      {passage.alignment === 'contradicts' && (
        <span className="contradicts-badge" aria-hidden="true">
          ≠
        </span>
      )}
      {passage.moved && (
        <span className="moved-badge" aria-hidden="true">
          ⇅
        </span>
      )}
      <PassageText passage={passage} text={text} />
    </span>
  )
})
