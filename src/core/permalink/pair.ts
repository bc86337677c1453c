/**
 * References to built-in pairs (`2025-07-03-putin-trump@1`) and checking them against the pairs the app
 * ships. The codec does not know the manifest; the caller passes the list.
 */
import { otherRevisionError, unknownPairError, type Carrier } from './messages'
import type { BuiltinLinkState, LinkResult, LinkWarning } from './types'

const PAIR_REF = /^([A-Za-z0-9][A-Za-z0-9_-]{0,99})@(\d{1,9})$/

export function formatPairRef(pair: string, revision: number): string {
  return `${pair}@${revision}`
}

export function parsePairRef(ref: string): { pair: string; revision: number } | null {
  const m = PAIR_REF.exec(ref)
  return m ? { pair: m[1]!, revision: Number(m[2]) } : null
}

/** True when a pair id and revision can be written into a link. */
export function isWritablePair(pair: string, revision: number): boolean {
  return (
    Number.isSafeInteger(revision) && revision >= 0 && PAIR_REF.test(formatPairRef(pair, revision))
  )
}

/**
 * Accepts a decoded built-in state if its pair is known. A link to another revision of a known pair fails
 * with `unknown-pair` but recovers the revision the app has, ranges included: their checks then tell which
 * passages still fit (every revision's offsets differ, so they are never trusted blindly).
 */
export function resolvePair(
  state: BuiltinLinkState,
  warnings: LinkWarning[],
  knownPairs: readonly string[] | undefined,
  carrier: Carrier,
): LinkResult {
  if (!knownPairs || knownPairs.includes(formatPairRef(state.pair, state.revision))) {
    return { ok: true, value: state, warnings }
  }
  const revisions = knownPairs
    .map(parsePairRef)
    .filter((p) => p !== null && p.pair === state.pair)
    .map((p) => p!.revision)
  if (revisions.length === 0) return { ok: false, error: unknownPairError(carrier), warnings }
  const revision = Math.max(...revisions)
  return {
    ok: false,
    error: otherRevisionError(carrier, state.revision, revision),
    recovered: { ...state, revision },
    warnings,
  }
}
