import type { Alignment, Comparison } from '../core'
import { ALIGNMENT_NAMES, ALIGNMENTS } from './alignment-words'

/** The number as the eye scans it; in words for a screen reader ("Shared, 24 passages"). */
function PassageCount({ count }: { count: number }) {
  return (
    <>
      <span className="text-stone-500 tabular-nums" aria-hidden="true">
        {count}
      </span>
      <span className="sr-only">
        , {count} {count === 1 ? 'passage' : 'passages'}
      </span>
    </>
  )
}

/** The four kinds of passage, each drawn with its own cue, and how many passages carry it. */
export function AlignmentLegend({ passages }: { passages: Comparison['segments'] }) {
  const all = [...passages.a, ...passages.b]
  const counts = new Map<Alignment, number>()
  for (const s of all) counts.set(s.alignment, (counts.get(s.alignment) ?? 0) + 1)
  return (
    <ul aria-label="Legend" className="flex flex-wrap gap-x-3.5 gap-y-1 font-sans text-sm">
      {ALIGNMENTS.map((alignment) => (
        <li key={alignment} className="flex items-center gap-1.5 text-stone-700">
          <span className="legend-swatch" data-swatch={alignment} aria-hidden="true">
            {alignment === 'contradicts' && <span className="contradicts-badge">≠</span>}
            Aa
          </span>
          {ALIGNMENT_NAMES[alignment]}
          <PassageCount count={counts.get(alignment) ?? 0} />
        </li>
      ))}
      <li className="flex items-center gap-1.5 text-stone-700">
        <mark className="changed-words" aria-hidden="true">
          word
        </mark>
        Changed words
      </li>
      {all.some((s) => s.moved) && (
        <li className="flex items-center gap-1.5 text-stone-700">
          <span className="moved-badge" aria-hidden="true">
            ⇅
          </span>
          Moved
        </li>
      )}
    </ul>
  )
}
