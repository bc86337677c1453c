import { useEffect, useState } from 'react'
import { Button } from './ui/button'

/** Runs shorter than this finish before a bar would help; showing one would only flicker. */
export const PROGRESS_DELAY_MS = 300

interface ComparisonProgressProps {
  /** Share of the work done, 0..100. */
  percent: number
  /** What is going on, e.g. "Comparing…". */
  message: string
  /** Inline in the focus bar rather than in place of the comparison. */
  compact?: boolean
  /** Offered as a Stop button: a long run is the reader's to end. */
  onStop?: () => void
}

/** A running comparison: a status line at once, and a progress bar once it has taken a while. */
export function ComparisonProgress(props: ComparisonProgressProps) {
  const { percent, message, compact = false, onStop } = props
  const [late, setLate] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setLate(true), PROGRESS_DELAY_MS)
    return () => clearTimeout(timer)
  }, [])

  return (
    <div
      className={`flex items-center gap-3 font-sans text-stone-600 ${compact ? 'text-xs' : 'p-6'}`}
    >
      <span role="status">{message}</span>
      {late && (
        <>
          <div
            role="progressbar"
            aria-label="Comparison progress"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            className={`h-1.5 overflow-hidden rounded-full bg-stone-200 ${compact ? 'w-24' : 'w-48'}`}
          >
            <div
              className="h-full rounded-full bg-sky-800 transition-[width] duration-200"
              style={{ width: `${percent}%` }}
            />
          </div>
          <span className="tabular-nums" aria-hidden="true">
            {percent}%
          </span>
          {onStop && (
            <Button size="xs" onClick={onStop} className="text-sm">
              Stop
            </Button>
          )}
        </>
      )}
    </div>
  )
}
