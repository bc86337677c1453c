import { isolateBidi } from '../../core'
import { PairIcon, UnpairIcon } from '../icons'
import { useAlignmentFix } from './alignment-fix-context'

/**
 * The passage tools' alignment corrections: pair this passage with one in the other account (the reader
 * then picks it, see AligningBanner), or separate it from its counterparts. Named by the other account, so a
 * screen reader user hears what the button will join.
 */
export function AlignmentFixTools(props: {
  passage: HTMLElement
  otherLabel: string
  className: string
}) {
  const { passage, otherLabel, className } = props
  const fix = useAlignmentFix()
  const analyzed = fix?.passage(passage.dataset.segment ?? '')
  if (!fix || !analyzed || fix.pending) return null
  const pairLabel = `Align with a passage in ${otherLabel}`
  const unpairLabel = `Remove alignment with ${otherLabel}`
  // A tooltip is plain text: the label goes between FSI and PDI there (the name a screen reader hears
  // needs none, it is read in logical order).
  const pairTip = `Align with a passage in ${isolateBidi(otherLabel)}`
  const unpairTip = `Remove alignment with ${isolateBidi(otherLabel)}`
  return (
    <>
      <button
        type="button"
        aria-label={pairLabel}
        title={pairTip}
        className={className}
        onClick={() => fix.startAligning(analyzed.id)}
      >
        <PairIcon />
      </button>
      {analyzed.counterparts.length > 0 && (
        <button
          type="button"
          aria-label={unpairLabel}
          title={unpairTip}
          className={className}
          onClick={() => {
            fix.separateAll(analyzed.id)
            passage.focus()
          }}
        >
          <UnpairIcon />
        </button>
      )}
    </>
  )
}
