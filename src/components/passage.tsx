import { memo } from 'react'
import type { Segment } from '../core'
import { describeAlignment, describeMoved } from './alignment-words'
import { passageDomId } from './passage-highlights'
import { isWeak } from './passage-notes'
import { PassageText } from './passage-text'

interface PassageProps {
  segment: Segment
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
  const { segment, text, ownLabel, otherLabel, inFocus, idPrefix, permalinked } = props
  return (
    <span
      id={passageDomId(idPrefix, segment.id)}
      className="passage"
      tabIndex={0}
      dir="auto"
      data-segment={segment.id}
      data-side={segment.side}
      data-alignment={segment.alignment}
      data-counterparts={segment.counterparts.join(' ')}
      data-moved={segment.moved || undefined}
      data-aligned-by-reader={segment.linkedByReader.length > 0 || undefined}
      data-weak-match={isWeak(segment) || undefined}
      data-focus-topic={inFocus || undefined}
      data-permalink-highlight={permalinked || undefined}
    >
      <span className="sr-only">
        ({describeAlignment(segment.alignment, ownLabel, otherLabel)}){' '}
        {segment.moved && `(${describeMoved(otherLabel)}) `}
        {segment.linkedByReader.length > 0 && '(aligned by you) '}
        {isWeak(segment) && '(weak match) '}
      </span>
      {segment.alignment === 'contradicts' && (
        <span className="contradicts-badge" aria-hidden="true">
          ≠
        </span>
      )}
      {segment.moved && (
        <span className="moved-badge" aria-hidden="true">
          ⇅
        </span>
      )}
      <PassageText segment={segment} text={text} />
    </span>
  )
})
