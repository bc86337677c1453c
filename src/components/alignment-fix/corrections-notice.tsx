import { correctionCount } from '../../lib/alignment-corrections'
import { useAlignmentFix } from './alignment-fix-context'
import { Button } from '../ui/button'

/**
 * Says that the alignment on screen is partly the reader's, and lets them take it all back. Shown only when
 * there are corrections, so the automatic comparison is never mistaken for a corrected one (and the reverse).
 */
export function CorrectionsNotice() {
  const fix = useAlignmentFix()
  const count = fix ? correctionCount(fix.corrections) : 0
  if (!fix || count === 0) return null
  return (
    <p className="flex flex-wrap items-center gap-x-3 font-sans text-sm text-stone-700">
      <span>
        You corrected the alignment in {count} place{count === 1 ? '' : 's'}; labels and divergences
        follow your corrections, and links you share carry them.
      </span>
      <Button variant="link" onClick={fix.reset}>
        Undo all corrections
      </Button>
    </p>
  )
}
