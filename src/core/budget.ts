/**
 * One time budget for a whole comparison (as Monaco's diff has): work that can be skipped checks it
 * and, once it is spent, the result is still shown but marked approximate.
 */
export interface Budget {
  /** True once the budget is spent; remembers that it was. */
  spent(): boolean
  /** Whether the budget ran out at any check. */
  readonly exceeded: boolean
  progress(done: number): void
}

export function startBudget(
  budgetMs = Infinity,
  onProgress?: (done: number) => void,
  now: () => number = Date.now,
): Budget {
  const start = now()
  let exceeded = false
  let reported = -1
  return {
    spent() {
      if (!exceeded && now() - start > budgetMs) exceeded = true
      return exceeded
    },
    get exceeded() {
      return exceeded
    },
    progress(done) {
      // Report in steps of 5 %: a worker posting a message per passage would flood the page.
      const step = Math.floor(done * 20)
      if (step === reported || !onProgress) return
      reported = step
      onProgress(Math.min(1, step / 20))
    },
  }
}
