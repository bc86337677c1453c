import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import type { Account } from '../core'
import { manyComparisonQuery } from '../data/many-comparison-query'
import { accountKey } from '../lib/text-key'
import { useComputeMany } from './compute-context'
import { BUDGET_MS, type Lens } from './use-comparison'

/**
 * Three to five accounts compared at once under a lens (in the worker, as a pair is), with the
 * percentage of the work done while it runs.
 */
export function useManyComparison(accounts: readonly Account[], lens: Lens) {
  const compute = useComputeMany()
  const client = useQueryClient()
  const keys = useMemo(() => accounts.map(accountKey), [accounts])
  const lensKey = `${lens.focus ?? ''}|${(lens.keywords ?? []).join('\u0001')}`
  const runKey = `${keys.join('\u0002')}\u0002${lensKey}`
  const [progress, setProgress] = useState({ runKey: '', percent: 0 })

  const onProgress = (done: number) => {
    const percent = Math.min(100, Math.max(0, Math.round(done * 100)))
    setProgress((p) => (p.runKey === runKey && p.percent === percent ? p : { runKey, percent }))
  }

  const options = manyComparisonQuery({ accounts: keys, lens: lensKey }, (signal) =>
    compute(
      accounts,
      {
        ...(lens.focus ? { focus: lens.focus } : {}),
        ...(lens.keywords?.length ? { keywords: lens.keywords } : {}),
        budgetMs: BUDGET_MS,
        onProgress,
      },
      signal,
    ),
  )
  const query = useQuery(options)
  const stop = () => void client.cancelQueries({ queryKey: options.queryKey, exact: true })
  return { query, progress: progress.runKey === runKey ? progress.percent : 0, stop }
}
