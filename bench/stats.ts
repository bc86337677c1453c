export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((x, y) => x - y)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export const round = (ms: number) => Math.round(ms)

/** "1,234 ms": whole milliseconds, with a thousands separator for the eye. */
export const formatMs = (v: number) => `${Math.round(v).toLocaleString('en-US')} ms`
