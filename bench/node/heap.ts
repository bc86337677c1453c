/**
 * Peak heap while the core runs. compareAccounts is synchronous, so nothing can sample from outside
 * while it works; its progress callback (about twenty calls per run) is where we look in.
 */
const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10

export function measureHeap(run: (sample: () => void) => void): { peak: number; before: number } {
  // With --expose-gc the baseline is the live heap, not whatever garbage the previous run left.
  ;(globalThis as { gc?: () => void }).gc?.()
  const before = process.memoryUsage().heapUsed
  let peak = before
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().heapUsed)
  }
  run(sample)
  sample()
  return { peak: mb(peak), before: mb(before) }
}
