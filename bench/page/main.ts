// The page side of the worker benchmark: one worker, one request at a time, driven by Playwright.
import type { WorkerReply } from './protocol'

const worker = new Worker(new URL('./core.worker.ts', import.meta.url), { type: 'module' })

window.benchCore = (request) =>
  new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<WorkerReply>) => resolve(event.data)
    worker.onerror = (event) => resolve({ ok: false, error: event.message || 'worker failed' })
    worker.postMessage(request)
  })
