import type { Segment } from '../core'
import { describeAlignment } from './alignment-words'
import { usePassageHighlights, usePassageMarks } from './passage-highlights'
import { PassageText } from './passage-text'

interface PassageProps {
  segment: Segment
  /** The whole account text: the passage and its word marks are offsets into it. */
  text: string
  ownLabel: string
  otherLabel: string
  /** True when the passage is on the focus topic. */
  inFocus: boolean
}

/** One sentence of an account, marked by how it aligns with the other account. */
export function Passage({ segment, text, ownLabel, otherLabel, inFocus }: PassageProps) {
  const highlights = usePassageHighlights()
  const { lit, flashed } = usePassageMarks(segment.id)
  const light = () => highlights.light(segment.id)

  return (
    <span
      className="passage"
      tabIndex={0}
      dir="auto"
      data-segment={segment.id}
      data-alignment={segment.alignment}
      data-counterparts={segment.counterparts.join(' ')}
      data-focus-topic={inFocus || undefined}
      data-lit={lit || undefined}
      data-flash={flashed || undefined}
      onMouseEnter={light}
      onMouseLeave={highlights.clear}
      onFocus={light}
      onBlur={highlights.clear}
    >
      <span className="sr-only">
        ({describeAlignment(segment.alignment, ownLabel, otherLabel)}){' '}
      </span>
      {segment.alignment === 'contradicts' && (
        <span className="contradicts-badge" aria-hidden="true">
          ≠
        </span>
      )}
      <PassageText segment={segment} text={text} />
    </span>
  )
}
