import type { OpenedComparison } from '../../data/open-link'
import { useComparison } from '../../hooks/use-comparison'
import { Isolated } from '../isolated'
import { LinkProblems } from '../share/link-problems'
import { PermalinkHighlightsProvider } from '../share/permalink-highlights'
import { ComparisonProgress } from '../comparison-progress'
import { ErrorAlert, errorMessage } from '../status-messages'
import { buttonClass } from '../ui/button'
import { EmbedBody } from './embed-body'

/**
 * A comparison inside another site's page (embed.html): the title, the lens, a link to open it in
 * Parallax, then the divergences and both accounts with their marks and highlights. Sized by the frame
 * it is put in; nothing in it changes the comparison.
 */
export function EmbedView({ opened, appUrl }: { opened: OpenedComparison; appUrl: string }) {
  const { pair, lens, highlights, corrections, problems } = opened
  const { query, progress } = useComparison(pair.a, pair.b, lens, corrections)
  const comparison = query.data
  return (
    <PermalinkHighlightsProvider spans={highlights}>
      <div className="flex h-dvh flex-col gap-3 p-3">
        <header className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
          <div className="min-w-0">
            <p className="font-sans text-[0.6875rem] font-semibold tracking-[0.14em] text-sky-800 uppercase">
              Parallax
            </p>
            <h1 className="text-lg leading-tight text-stone-900">{pair.title}</h1>
            {comparison && (
              <p className="font-sans text-xs text-stone-600">
                <Isolated>{pair.a.label}</Isolated> and <Isolated>{pair.b.label}</Isolated>{' '}
                compared; focus: <Isolated>{comparison.focusLabel}</Isolated>
              </p>
            )}
          </div>
          <a
            href={appUrl}
            target="_blank"
            rel="noopener"
            className={`${buttonClass('link')} font-sans text-sm font-medium focus-ring`}
          >
            Open in Parallax<span aria-hidden="true"> ↗</span>
          </a>
        </header>
        <LinkProblems problems={problems} />
        {comparison ? (
          <EmbedBody pair={pair} comparison={comparison} />
        ) : query.isError ? (
          <ErrorAlert
            message={`Could not compare the accounts: ${errorMessage(query.error)}`}
            onRetry={() => void query.refetch()}
          />
        ) : (
          <ComparisonProgress percent={progress} message="Comparing…" />
        )}
      </div>
    </PermalinkHighlightsProvider>
  )
}
