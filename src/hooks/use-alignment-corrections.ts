import { useCallback, useEffect, useMemo, useState } from 'react'
import type { OriginalPassagePair, ReaderCorrections } from '../core'
import type { AccountPair } from '../data/pair'
import { NO_CORRECTIONS, withPairAligned, withPairSeparated } from '../lib/alignment-corrections'
import { correctionsStorageKey, loadCorrections, saveCorrections } from '../lib/corrections-store'

/** The reader's corrections to the alignment of a pair, and the ways to change them. */
export interface AlignmentCorrector {
  corrections: ReaderCorrections
  /** Aligns two passages whatever their wording. */
  align: (pair: OriginalPassagePair) => void
  /** Keeps two passages from ever being aligned. */
  separate: (pair: OriginalPassagePair) => void
  /** Takes back every correction: the automatic alignment again. */
  reset: () => void
}

interface CorrectionsState {
  key: string
  corrections: ReaderCorrections
  /** True once the reader changed something here: only then are the corrections written to storage. */
  changed: boolean
}

/**
 * The reader's alignment corrections for a pair: those a link brought when it opened the pair, else the
 * ones kept for these texts. Each change is kept for the texts at once (a reload brings it back); opening
 * a link writes nothing until the reader corrects something themselves.
 */
export function useAlignmentCorrections(
  pair: AccountPair,
  fromLink?: ReaderCorrections,
): AlignmentCorrector {
  const key = useMemo(
    () => correctionsStorageKey(pair.a.text, pair.b.text),
    [pair.a.text, pair.b.text],
  )
  const [state, setState] = useState<CorrectionsState>(() => ({
    key,
    corrections: fromLink ?? loadCorrections(key) ?? NO_CORRECTIONS,
    changed: false,
  }))
  // Another pair on the same view (a new draft) brings its own corrections.
  const current =
    state.key === key
      ? state
      : { key, corrections: loadCorrections(key) ?? NO_CORRECTIONS, changed: false }
  if (current !== state) setState(current)

  const { changed, corrections } = current
  useEffect(() => {
    if (changed) saveCorrections(key, corrections)
  }, [changed, key, corrections])

  const change = useCallback(
    (next: (corrections: ReaderCorrections) => ReaderCorrections) =>
      setState((s) => ({ key: s.key, corrections: next(s.corrections), changed: true })),
    [],
  )
  return useMemo(
    () => ({
      corrections,
      align: (pair: OriginalPassagePair) => change((c) => withPairAligned(c, pair)),
      separate: (pair: OriginalPassagePair) => change((c) => withPairSeparated(c, pair)),
      reset: () => change(() => NO_CORRECTIONS),
    }),
    [corrections, change],
  )
}
