import { createContext, useContext, useMemo, useState, type ReactNode } from 'react'
import { segmentsById, type Comparison, type Segment } from '../../core'
import type { AlignmentCorrector } from '../../hooks/use-alignment-corrections'
import { passagePair } from '../../lib/alignment-corrections'

/** What the passage tools and the aligning banner need to correct the alignment. */
export interface AlignmentFixApi extends AlignmentCorrector {
  passage: (id: string) => Segment | undefined
  /** The passage waiting for its partner in the other account, while the reader picks one. */
  pending: Segment | null
  startAligning: (id: string) => void
  cancelAligning: () => void
  /** Aligns the pending passage with this one (on the other side) and leaves aligning mode. */
  finishAligning: (id: string) => void
  /** Separates a passage from all its counterparts. */
  separateAll: (id: string) => void
}

const AlignmentFixContext = createContext<AlignmentFixApi | null>(null)

/** The correction tools, or null where the view offers none (e.g. tests of a pane on its own). */
export const useAlignmentFix = () => useContext(AlignmentFixContext)

export function AlignmentFixProvider(props: {
  comparison: Comparison
  corrector: AlignmentCorrector
  children: ReactNode
}) {
  const { comparison, corrector, children } = props
  const [pendingId, setPendingId] = useState<string | null>(null)
  const byId = segmentsById(comparison)

  const api = useMemo<AlignmentFixApi>(() => {
    const pending = (pendingId && byId.get(pendingId)) || null
    return {
      ...corrector,
      passage: (id) => byId.get(id),
      pending,
      startAligning: setPendingId,
      cancelAligning: () => setPendingId(null),
      finishAligning: (id) => {
        const other = byId.get(id)
        if (pending && other && other.side !== pending.side) {
          corrector.align(passagePair(pending, other))
        }
        setPendingId(null)
      },
      separateAll: (id) => {
        const own = byId.get(id)
        if (!own) return
        for (const c of own.counterparts) {
          const other = byId.get(c)
          if (other) corrector.separate(passagePair(own, other))
        }
      },
    }
  }, [corrector, byId, pendingId])

  return <AlignmentFixContext.Provider value={api}>{children}</AlignmentFixContext.Provider>
}
