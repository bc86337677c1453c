import type { Comparison } from '../core'
import { BUDGET_MS } from '../hooks/use-comparison'

/**
 * What the reader should know about this result before trusting it: the accounts are the same text,
 * the time budget cut the analysis short, or a language is not covered by the topic lexicons.
 */
export function ComparisonNotices({ comparison }: { comparison: Comparison }) {
  const { identical, approximate, language } = comparison
  if (!identical && !approximate && !language.note) return null
  return (
    <div className="flex flex-col gap-1.5 font-sans text-sm">
      {identical && (
        <p role="status" className="notice" data-tone="info">
          The two accounts are identical: every passage is shared, so there is nothing to diverge
          on.
        </p>
      )}
      {approximate && (
        <p role="status" className="notice" data-tone="warn">
          This result is approximate: the analysis ran out of its time budget ({BUDGET_MS / 1000} s)
          before it checked every passage, so some word marks and divergences may be missing.
        </p>
      )}
      {language.note && (
        <p role="note" className="notice" data-tone="info">
          {language.note}
        </p>
      )}
    </div>
  )
}
