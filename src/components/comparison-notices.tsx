import type { Comparison } from '../core'
import { BUDGET_MS } from '../hooks/use-comparison'
import { Isolated } from './isolated'

/**
 * What the reader should know about this result before trusting it: the accounts are the same text,
 * the time budget cut the analysis short, an account looks cut off, or a language is not covered by
 * the topic lexicons.
 */
export function ComparisonNotices(props: { comparison: Comparison; labels: [string, string] }) {
  const { comparison, labels } = props
  const { identical, approximate, language, cutOff } = comparison
  const cut = [cutOff.a && labels[0], cutOff.b && labels[1]].filter((l): l is string => !!l)
  if (!identical && !approximate && !language.note && cut.length === 0) return null
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
      {cut.map((label) => (
        <p key={label} role="note" className="notice" data-tone="info">
          <Isolated>{label}</Isolated> looks cut off: it stops mid-sentence, so what it does not
          tell may only be missing from this copy.
        </p>
      ))}
      {language.note && (
        <p role="note" className="notice" data-tone="info">
          {language.note}
        </p>
      )}
    </div>
  )
}
