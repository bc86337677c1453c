import type { Account, CompareOptions, Comparison, ManyComparison } from '../core'
import type { CompareReply, CompareRequest, WireOptions } from './protocol'
import { createResultAssembler, withManyTexts } from './result-slices'

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

interface Job {
  id: number
  /** A pair's comparison, or (`many`) a comparison of three to five accounts. */
  resolve: (result: Comparison) => void
  many?: { resolve: (result: ManyComparison) => void; texts: string[] }
  reject: (error: unknown) => void
  onProgress?: (done: number) => void
  parts: ReturnType<typeof createResultAssembler>
  texts: { a: string; b: string }
}

/**
 * Sends comparisons to a worker with job ids. Only one comparison is on screen at a time, so a new
 * request supersedes the one running: the busy worker is terminated (a run can take seconds, and
 * letting it finish would delay the new one), a fresh worker starts, and any late reply is dropped.
 */
export function createCompareClient(makeWorker: () => CompareWorker = startWorker) {
  let worker: CompareWorker | null = null
  let job: Job | null = null
  /** True while the worker computes; a job whose reply is being decoded no longer needs it. */
  let busy = false
  let lastId = 0

  function stopWorker() {
    if (!worker) return
    worker.onmessage = worker.onerror = null
    worker.terminate()
    worker = null
  }

  /** Ends the current job, if any, with `error`; if the worker is still computing it, the worker goes. */
  function cancel(error: unknown) {
    if (!job) return
    const ended = job
    job = null
    if (busy) stopWorker()
    busy = false
    ended.reject(error)
  }

  function onReply(reply: CompareReply) {
    if (!job || reply.id !== job.id) return // stale: superseded or cancelled
    const current = job
    switch (reply.type) {
      case 'progress':
        current.onProgress?.(reply.done)
        return
      case 'slice':
        current.parts.add(reply.field, reply.json)
        return
      case 'result':
        busy = false
        if (current.many) {
          job = null
          current.reject(new Error('The worker answered many accounts with a pair’s comparison.'))
          return
        }
        // The job stays current while its slices are decoded; a newer one may still replace it.
        current.parts
          .finish(reply.result, current.texts, () => job === current)
          .then((result) => {
            if (!result || job !== current) return
            job = null
            current.resolve(result)
          }, current.reject)
        return
      case 'many-result':
        busy = false
        job = null
        if (current.many) current.many.resolve(withManyTexts(reply.result, current.many.texts))
        else current.reject(new Error('The worker answered a pair with a comparison of many.'))
        return
      case 'error':
        busy = false
        job = null
        current.reject(new Error(reply.error))
    }
  }

  function connect(): CompareWorker {
    if (worker) return worker
    const started = makeWorker()
    started.onmessage = ({ data }) => onReply(data)
    // A crashed worker answers nobody; the next request starts afresh.
    started.onerror = (event) => {
      stopWorker()
      busy = false
      cancel(new Error(event.message || 'The comparison worker stopped.'))
    }
    worker = started
    return started
  }

  /** Starts a job (superseding the one running) and posts its request; `settle` fills in how it ends. */
  function start<T>(
    request: Omit<CompareRequest, 'id' | 'options'>,
    options: CompareOptions,
    signal: AbortSignal | undefined,
    settle: (resolve: (result: T) => void) => Pick<Job, 'resolve' | 'many'>,
  ): Promise<T> {
    cancel(new SupersededError())
    // Functions cannot cross to the worker: progress comes back as messages, the worker has its own clock.
    const { onProgress, focus, keywords, edits, budgetMs } = options
    const wireOptions: WireOptions = { focus, keywords, edits, budgetMs }
    const id = ++lastId
    return new Promise<T>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason)
      const texts = { a: request.a.text, b: request.b.text }
      const parts = createResultAssembler()
      job = { id, reject, onProgress, parts, texts, ...settle(resolve) }
      signal?.addEventListener('abort', () => job?.id === id && cancel(signal.reason), {
        once: true,
      })
      connect().postMessage({ id, ...request, options: wireOptions })
      busy = true
    })
  }

  // Only what the core reads crosses over: a pair's other fields are the page's business.
  const account = ({ label, text }: Account) => ({ label, text })

  function compare(a: Account, b: Account, options: CompareOptions = {}, signal?: AbortSignal) {
    return start<Comparison>({ a: account(a), b: account(b) }, options, signal, (resolve) => ({
      resolve,
    }))
  }

  /** Three to five accounts at once (`compareMany`), in the same worker: one comparison at a time. */
  function compareMany(
    accounts: readonly Account[],
    options: CompareOptions = {},
    signal?: AbortSignal,
  ) {
    const [a, b, ...more] = accounts.map(account)
    if (!a || !b) return Promise.reject(new RangeError('Comparing needs two accounts or more.'))
    const texts = accounts.map((acc) => acc.text)
    return start<ManyComparison>({ a, b, more }, options, signal, (resolve) => ({
      resolve: () => {},
      many: { resolve, texts },
    }))
  }

  function dispose() {
    cancel(new SupersededError())
    stopWorker()
  }

  return { compare, compareMany, dispose }
}
