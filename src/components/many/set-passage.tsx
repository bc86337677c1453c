import { memo } from 'react'
import { describeAlignment, type AccountPassage } from '../../core'
import { PassageText } from '../passage-text'

interface SetPassageProps {
  passage: AccountPassage
  /** The whole account text: the passage is an offset range into it. */
  text: string
  ownLabel: string
  /** The other accounts that tell the passage's claim, by label ("Council and Mediators"), or ''. */
  telling: string
  domId: string
  /** True when the link that opened the set highlights this passage. */
  permalinked: boolean
}

/**
 * One passage of an account of a set, marked by how it stands to the other accounts (the labels and
 * attributes of a pair's passages, so the same styles and tests read it). No hooks, no handlers.
 */
export const SetPassage = memo(function SetPassage(props: SetPassageProps) {
  const { passage, text, ownLabel, telling, domId, permalinked } = props
  return (
    <span
      id={domId}
      className="passage"
      tabIndex={0}
      dir="auto"
      data-segment={passage.id}
      data-side={passage.side}
      data-alignment={passage.alignment}
      data-counterparts={passage.counterparts.join(' ')}
      data-permalink-highlight={permalinked || undefined}
    >
      <span className="sr-only">
        ({describeAlignment(passage.alignment, ownLabel, telling || 'the other accounts')}){' '}
      </span>
      {passage.alignment === 'contradicts' && (
        <span className="contradicts-badge" aria-hidden="true">
          ≠
        </span>
      )}
      <PassageText passage={passage} text={text} />
    </span>
  )
})
