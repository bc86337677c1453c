import { createContext, useContext, type ReactNode } from 'react'
import type { Account, CompareOptions, Comparison } from '../core'

/**
 * How a comparison gets computed. The app hands in the worker client; component tests (jsdom has no
 * Worker) hand in the core's `compareAccounts` directly.
 */
export type ComputeComparison = (
  a: Account,
  b: Account,
  options: CompareOptions,
  signal?: AbortSignal,
) => Comparison | Promise<Comparison>

const ComputeContext = createContext<ComputeComparison | null>(null)

export function ComputeProvider({
  compute,
  children,
}: {
  compute: ComputeComparison
  children: ReactNode
}) {
  return <ComputeContext value={compute}>{children}</ComputeContext>
}

export function useCompute(): ComputeComparison {
  const compute = useContext(ComputeContext)
  if (!compute) throw new Error('useCompute needs a <ComputeProvider> above it.')
  return compute
}
