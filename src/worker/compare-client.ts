import type { Account, CompareOptions, Comparison } from '../core'
import type { CompareReply, CompareRequest } from './protocol'

interface PendingJob {
  resolve: (result: Comparison) => void
  reject: (error: unknown) => void
}

/** The worker side of the channel, narrowed so tests can hand in a fake. */
export interface CompareWorker {
  onmessage: ((event: MessageEvent<CompareReply>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
  postMessage(request: CompareRequest): void
  terminate(): void
}

function startWorker(): CompareWorker {
  // Vite bundles the worker only when it sees this exact `new Worker(new URL(...))` shape.
  return new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' })
}

export class SupersededError extends Error {
  override name = 'AbortError'
  constructor() {
    super('A newer comparison replaced this one.')
  }
}

/**
 * Sends comparisons to a worker with job ids. Only one comparison is on screen at a time, so a new
 * request supersedes every older one: older promises reject at once and their late replies are dropped.
 */
export function createCompareClient(makeWorker: () => CompareWorker = startWorker) {
  let worker: CompareWorker | null = null
  let lastId = 0
  const pending = new Map<number, PendingJob>()

  function failAll(error: Error) {
    for (const job of pending.values()) job.reject(error)
    pending.clear()
  }

  function connect(): CompareWorker {
    if (worker) return worker
    const started = makeWorker()
    started.onmessage = ({ data }) => {
      const job = pending.get(data.id)
      if (!job) return // stale: superseded or cancelled
      pending.delete(data.id)
      if (data.ok) job.resolve(data.result)
      else job.reject(new Error(data.error))
    }
    started.onerror = (event) => {
      // A crashed worker answers nobody; start afresh on the next request.
      started.terminate()
      worker = null
      failAll(new Error(event.message || 'The comparison worker stopped.'))
    }
    worker = started
    return started
  }

  function compare(a: Account, b: Account, options: CompareOptions = {}, signal?: AbortSignal) {
    failAll(new SupersededError())
    const id = ++lastId
    return new Promise<Comparison>((resolve, reject) => {
      pending.set(id, { resolve, reject })
      signal?.addEventListener('abort', () => pending.delete(id) && reject(signal.reason), {
        once: true,
      })
      connect().postMessage({ id, a, b, options })
    })
  }

  function dispose() {
    failAll(new SupersededError())
    worker?.terminate()
    worker = null
  }

  return { compare, dispose }
}
