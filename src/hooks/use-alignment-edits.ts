import { useCallback, useEffect, useMemo, useState } from 'react'
import type { PassagePair } from '../core'
import type { AccountPair } from '../data/pair'
import { NO_EDITS, withLink, withUnlink, type ReaderEdits } from '../lib/alignment-edits'
import { editsStorageKey, loadEdits, saveEdits } from '../lib/edits-store'

export interface AlignmentEditing {
  edits: ReaderEdits
  link: (pair: PassagePair) => void
  unlink: (pair: PassagePair) => void
  /** Takes back every correction: the automatic alignment again. */
  reset: () => void
}

interface EditsState {
  key: string
  edits: ReaderEdits
  /** True once the reader changed something here: only then are the edits written to storage. */
  changed: boolean
}

/**
 * The reader's alignment corrections for a pair: those a link brought when it opened the pair, else the
 * ones kept for these texts. Each change is kept for the texts at once (a reload brings it back); opening
 * a link writes nothing until the reader corrects something themselves.
 */
export function useAlignmentEdits(pair: AccountPair, fromLink?: ReaderEdits): AlignmentEditing {
  const key = useMemo(() => editsStorageKey(pair.a.text, pair.b.text), [pair.a.text, pair.b.text])
  const [state, setState] = useState<EditsState>(() => ({
    key,
    edits: fromLink ?? loadEdits(key) ?? NO_EDITS,
    changed: false,
  }))
  // Another pair on the same view (a new draft) brings its own corrections.
  const current =
    state.key === key ? state : { key, edits: loadEdits(key) ?? NO_EDITS, changed: false }
  if (current !== state) setState(current)

  const { changed, edits } = current
  useEffect(() => {
    if (changed) saveEdits(key, edits)
  }, [changed, key, edits])

  const change = useCallback(
    (next: (edits: ReaderEdits) => ReaderEdits) =>
      setState((s) => ({ key: s.key, edits: next(s.edits), changed: true })),
    [],
  )
  return useMemo(
    () => ({
      edits,
      link: (pair: PassagePair) => change((e) => withLink(e, pair)),
      unlink: (pair: PassagePair) => change((e) => withUnlink(e, pair)),
      reset: () => change(() => NO_EDITS),
    }),
    [edits, change],
  )
}
