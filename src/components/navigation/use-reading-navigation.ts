import { useState } from 'react'
import type { Comparison, Divergence } from '../../core'
import type { ShowPassages } from '../reveal-passages'
import { useDivergenceNavigation } from './use-divergence-navigation'
import { usePassageFilters } from './use-passage-filters'
import { useShortcutKeys } from './use-shortcut-keys'
import { useUnfoldRun } from './use-unfold-run'

/**
 * Moving through a comparison: the filters, the current divergence, the keys that step (j, k, ?) and the
 * stubs that unfold. `showDivergence` brings a divergence's passages into view; `showPassages` any.
 */
export function useReadingNavigation(
  comparison: Comparison,
  labels: [string, string],
  showDivergence: (divergence: Divergence) => void,
  showPassages: ShowPassages,
) {
  const filtering = usePassageFilters(comparison)
  const navigation = useDivergenceNavigation(filtering.divergences, labels, showDivergence)
  // Whatever the filters fold, the divergence gone to is unfolded, so its passages can take focus.
  const goTo = (divergence: Divergence | null) => {
    if (!divergence) return
    filtering.unfold([...divergence.a, ...divergence.b])
    navigation.select(divergence)
  }
  const [shortcutsOpen, setShortcutsOpen] = useState(false)
  const keys = {
    next: () => goTo(navigation.next()),
    previous: () => goTo(navigation.previous()),
    help: () => setShortcutsOpen(true),
  }
  useShortcutKeys(keys, !shortcutsOpen)
  const unfoldRun = useUnfoldRun(filtering.unfold, showPassages)
  return {
    filtering,
    navigation,
    goTo,
    keys,
    unfoldRun,
    shortcutsOpen,
    closeShortcuts: () => setShortcutsOpen(false),
  }
}
