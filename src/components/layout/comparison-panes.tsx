import { Children, useEffect, useState, type ReactNode, type RefObject } from 'react'
import { flushSync } from 'react-dom'
import { REVEAL_EVENT } from '../reveal-passages'
import type { PassageHighlights } from '../passage-highlights'
import { AccountSwitcher, type ShownAccounts } from './account-switcher'
import { GutterConnectors } from './gutter-connectors'
import { useLayoutPreferences } from './layout-preferences'
import { useSyncScroll } from './use-sync-scroll'

interface ComparisonPanesProps {
  /** The box the passages live in, whatever the layout (jumps to a divergence search it). */
  panesRef: RefObject<HTMLDivElement | null>
  labels: [string, string]
  highlights: PassageHighlights
  /** The two account panes, first account first. */
  children: ReactNode
  /** Both accounts interleaved, shown instead of the panes in the inline layout. */
  inline: ReactNode
}

/**
 * The accounts in the reader's layout. Side by side (from 900px): two panes joined by connectors in
 * the gutter and, unless switched off, scrolled together. Stacked (narrower): a switcher shows both or
 * one. Inline: one column, each passage followed by its counterparts.
 */
export function ComparisonPanes(props: ComparisonPanesProps) {
  const { panesRef, labels, highlights, children, inline } = props
  const { layout, syncScroll } = useLayoutPreferences()
  const [shown, setShown] = useState<ShownAccounts>('both')
  const sideBySide = layout === 'side-by-side'
  useSyncScroll(panesRef, sideBySide && syncScroll)
  const panes = Children.toArray(children)

  // A jump to a divergence shows both accounts: its passages may be in the one hidden. Synchronously,
  // so the pane is laid out before it is scrolled.
  useEffect(() => {
    const root = panesRef.current
    if (!root || shown === 'both') return
    const showBoth = () => flushSync(() => setShown('both'))
    root.addEventListener(REVEAL_EVENT, showBoth)
    return () => root.removeEventListener(REVEAL_EVENT, showBoth)
  }, [panesRef, shown])

  return (
    <div className="flex min-h-0 flex-col gap-3">
      {sideBySide && <AccountSwitcher labels={labels} shown={shown} onChange={setShown} />}
      <div
        ref={panesRef}
        data-layout={layout}
        data-sync-scroll={(sideBySide && syncScroll) || undefined}
        className={
          sideBySide
            ? 'relative grid min-h-0 flex-1 gap-4 min-[900px]:grid-cols-2 min-[900px]:gap-14'
            : 'relative grid min-h-0 flex-1'
        }
      >
        {sideBySide ? (
          <>
            {panes.map((pane, i) => (
              <div
                key={i}
                className={
                  shown === 'both' || shown === (i === 0 ? 'a' : 'b')
                    ? 'contents'
                    : 'contents max-[899px]:hidden'
                }
              >
                {pane}
              </div>
            ))}
            <GutterConnectors rootRef={panesRef} highlights={highlights} />
          </>
        ) : (
          inline
        )}
      </div>
    </div>
  )
}
