import { createContext, useContext, useMemo, type ReactNode } from 'react'
import type { Account, CompareOptions, Comparison, ManyComparison } from '../core'

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

/** How three to five accounts get compared at once: the worker client's `compareMany`, or the core's. */
export type ComputeMany = (
  accounts: readonly Account[],
  options: CompareOptions,
  signal?: AbortSignal,
) => ManyComparison | Promise<ManyComparison>

interface Compute {
  pair: ComputeComparison
  many: ComputeMany | null
}

const ComputeContext = createContext<Compute | null>(null)

export function ComputeProvider({
  compute,
  computeMany = null,
  children,
}: {
  compute: ComputeComparison
  /** Absent where only pairs are compared (the embedded view). */
  computeMany?: ComputeMany | null
  children: ReactNode
}) {
  const value = useMemo(() => ({ pair: compute, many: computeMany }), [compute, computeMany])
  return <ComputeContext value={value}>{children}</ComputeContext>
}

function useComputeContext(): Compute {
  const compute = useContext(ComputeContext)
  if (!compute) throw new Error('useCompute needs a <ComputeProvider> above it.')
  return compute
}

export function useCompute(): ComputeComparison {
  return useComputeContext().pair
}

export function useComputeMany(): ComputeMany {
  const { many } = useComputeContext()
  if (!many) throw new Error('useComputeMany needs a <ComputeProvider computeMany> above it.')
  return many
}
