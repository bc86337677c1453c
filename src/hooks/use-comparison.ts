import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import type { Account, CompareOptions, ReaderCorrections } from '../core'
import { comparisonQuery } from '../data/comparison-query'
import { useCompute } from './compute-context'
import { correctionCount, NO_CORRECTIONS } from '../lib/alignment-corrections'
import { accountKey } from '../lib/text-key'

/** The lens a comparison is read through: a topic, the reader's own keywords, or none (the core picks). */
export interface Lens {
  focus?: string
  keywords?: string[]
}

/** Past this the analysis stops refining and the result says it is approximate. */
export const BUDGET_MS = 5000

function compareOptions({ focus, keywords }: Lens, corrections: ReaderCorrections): CompareOptions {
  return {
    ...(focus ? { focus } : {}),
    ...(keywords && keywords.length > 0 ? { keywords } : {}),
    ...(correctionCount(corrections) > 0 ? { edits: corrections } : {}),
    budgetMs: BUDGET_MS,
  }
}

/**
 * The comparison of two accounts under a lens and the reader's alignment corrections, with the percentage
 * of the work done while it runs. A result never goes stale (same inputs, same output); while a new lens
 * or correction is computed, the previous comparison stays on screen.
 */
export function useComparison(
  a: Account,
  b: Account,
  lens: Lens,
  corrections: ReaderCorrections = NO_CORRECTIONS,
) {
  const compute = useCompute()
  const client = useQueryClient()
  // Hashing a 1 MB text costs milliseconds: once per account, not once per render.
  const keyA = useMemo(() => accountKey(a), [a])
  const keyB = useMemo(() => accountKey(b), [b])
  const lensKey = `${lens.focus ?? ''}|${(lens.keywords ?? []).join('\u0001')}`
  const correctionsKey = JSON.stringify(corrections)
  const runKey = `${keyA}\u0002${keyB}\u0002${lensKey}\u0002${correctionsKey}`
  const [progress, setProgress] = useState({ runKey: '', percent: 0 })

  const onProgress = (done: number) => {
    const percent = Math.min(100, Math.max(0, Math.round(done * 100)))
    // Same percent, same run: keep the state object, so React skips the render.
    setProgress((p) => (p.runKey === runKey && p.percent === percent ? p : { runKey, percent }))
  }

  const options = comparisonQuery(
    { a: keyA, b: keyB, lens: lensKey, corrections: correctionsKey },
    (signal) => compute(a, b, { ...compareOptions(lens, corrections), onProgress }, signal),
  )
  const query = useQuery(options)
  /** Stops the run (the worker is terminated); the query goes back to waiting for a refetch. */
  const stop = () => void client.cancelQueries({ queryKey: options.queryKey, exact: true })
  return { query, progress: progress.runKey === runKey ? progress.percent : 0, stop }
}
