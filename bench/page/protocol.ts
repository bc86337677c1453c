import type { CoreTiming } from '../results'

/** Generate the pair of this size from this seed inside the worker, then time the core on it. */
export interface WorkerRequest {
  chars: number
  seed: number
  runs: number
}

export type WorkerReply =
  | { ok: true; chars: { a: number; b: number }; timing: CoreTiming; wordPassMs: number }
  | { ok: false; error: string }

declare global {
  interface Window {
    /** Set by bench/page/main.ts; called by bench/browser/worker-bench.ts through Playwright. */
    benchCore(request: WorkerRequest): Promise<WorkerReply>
  }
}
