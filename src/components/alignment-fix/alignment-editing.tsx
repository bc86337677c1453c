import { createContext, useContext, useMemo, useState, type ReactNode } from 'react'
import { segmentsById, type Comparison, type PassagePair, type Segment } from '../../core'
import type { AlignmentEditing } from '../../hooks/use-alignment-edits'

/** What the passage tools and the linking banner need to correct the alignment. */
export interface AlignmentFixApi extends AlignmentEditing {
  passage: (id: string) => Segment | undefined
  /** The passage waiting for its partner in the other account, while the reader picks one. */
  pending: Segment | null
  startLinking: (id: string) => void
  cancelLinking: () => void
  /** Links the pending passage with this one (on the other side) and leaves linking mode. */
  finishLinking: (id: string) => void
  /** Separates a passage from all its counterparts. */
  unlinkAll: (id: string) => void
}

const AlignmentFixContext = createContext<AlignmentFixApi | null>(null)

/** The correction tools, or null where the view offers none (e.g. tests of a pane on its own). */
export const useAlignmentFix = () => useContext(AlignmentFixContext)

const pairOf = (x: Segment, y: Segment): PassagePair =>
  x.side === 'a' ? { a: x.start, b: y.start } : { a: y.start, b: x.start }

export function AlignmentFixProvider(props: {
  comparison: Comparison
  editing: AlignmentEditing
  children: ReactNode
}) {
  const { comparison, editing, children } = props
  const [pendingId, setPendingId] = useState<string | null>(null)
  const byId = segmentsById(comparison)

  const api = useMemo<AlignmentFixApi>(() => {
    const pending = (pendingId && byId.get(pendingId)) || null
    return {
      ...editing,
      passage: (id) => byId.get(id),
      pending,
      startLinking: setPendingId,
      cancelLinking: () => setPendingId(null),
      finishLinking: (id) => {
        const other = byId.get(id)
        if (pending && other && other.side !== pending.side) editing.link(pairOf(pending, other))
        setPendingId(null)
      },
      unlinkAll: (id) => {
        const own = byId.get(id)
        if (!own) return
        for (const c of own.counterparts) {
          const other = byId.get(c)
          if (other) editing.unlink(pairOf(own, other))
        }
      },
    }
  }, [editing, byId, pendingId])

  return <AlignmentFixContext.Provider value={api}>{children}</AlignmentFixContext.Provider>
}
