import { describe, expect, it, vi } from 'vitest'
import type { Comparison } from '../../../src/core'
import { createCompareClient, type CompareWorker } from '../../../src/worker/compare-client'
import type { CompareReply, CompareRequest } from '../../../src/worker/protocol'
import { sliceResult } from '../../../src/worker/result-slices'
import { PAIR, fixtureComparison } from '../../component/fixtures'

/** A worker stand-in that holds requests until the test answers them. */
function fakeWorker() {
  const requests: CompareRequest[] = []
  const worker: CompareWorker = {
    onmessage: null,
    onerror: null,
    postMessage: (request) => void requests.push(request),
    terminate: vi.fn(),
  }
  const send = (reply: CompareReply) =>
    worker.onmessage?.(new MessageEvent('message', { data: reply }))
  const answer = (request: CompareRequest, result: Comparison) =>
    send({ type: 'result', id: request.id, result })
  return { worker, requests, send, answer }
}

/** A client whose every new worker is a fresh fake, so a test can tell them apart. */
function clientWithFakes() {
  const fakes: ReturnType<typeof fakeWorker>[] = []
  const client = createCompareClient(() => {
    const fake = fakeWorker()
    fakes.push(fake)
    return fake.worker
  })
  return { client, fakes }
}

describe('compare client', () => {
  it('resolves a request with the worker’s reply for its job id', async () => {
    const { client, fakes } = clientWithFakes()
    const edits = { link: [{ a: 0, b: 12 }] }
    const pending = client.compare(PAIR.a, PAIR.b, { focus: 'trade', edits })
    const request = fakes[0]!.requests[0]!
    // Only what the core reads crosses over: no speaker, no source, no callbacks.
    expect(request.a).toEqual({ label: PAIR.a.label, text: PAIR.a.text })
    expect(request.options).toMatchObject({ focus: 'trade', edits })
    const result = fixtureComparison('trade')
    fakes[0]!.answer(request, result)
    await expect(pending).resolves.toBe(result)
  })

  it('cancels a running request when a newer one comes: terminates that worker, starts a fresh one', async () => {
    const { client, fakes } = clientWithFakes()
    const older = client.compare(PAIR.a, PAIR.b, { focus: 'prisoners' })
    const newer = client.compare(PAIR.a, PAIR.b, { focus: 'trade' })
    await expect(older).rejects.toMatchObject({ name: 'AbortError' })
    expect(fakes).toHaveLength(2)
    expect(fakes[0]!.worker.terminate).toHaveBeenCalledOnce()
    expect(fakes[1]!.worker.terminate).not.toHaveBeenCalled()

    const fresh = fixtureComparison('trade')
    fakes[1]!.answer(fakes[1]!.requests[0]!, fresh)
    await expect(newer).resolves.toBe(fresh)
  })

  it('drops a late reply that carries a superseded job id', async () => {
    const { client, fakes } = clientWithFakes()
    void client.compare(PAIR.a, PAIR.b, { focus: 'prisoners' }).catch(() => {})
    const newer = client.compare(PAIR.a, PAIR.b, { focus: 'trade' })
    const [stale] = fakes[0]!.requests
    const fresh = fixtureComparison('trade')
    // The stale reply reaches the new worker's channel (as if it had been in flight): ignored.
    fakes[1]!.answer(stale!, fixtureComparison('prisoners'))
    fakes[1]!.answer(fakes[1]!.requests[0]!, fresh)
    await expect(newer).resolves.toBe(fresh)
  })

  it('keeps an idle worker for the next request', async () => {
    const { client, fakes } = clientWithFakes()
    const first = client.compare(PAIR.a, PAIR.b)
    fakes[0]!.answer(fakes[0]!.requests[0]!, fixtureComparison())
    await first
    void client.compare(PAIR.a, PAIR.b, { focus: 'trade' })
    expect(fakes).toHaveLength(1)
    expect(fakes[0]!.requests).toHaveLength(2)
  })

  it('terminates the worker when the running request is aborted', async () => {
    const { client, fakes } = clientWithFakes()
    const controller = new AbortController()
    const pending = client.compare(PAIR.a, PAIR.b, {}, controller.signal)
    controller.abort(new DOMException('Left the page.', 'AbortError'))
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
    expect(fakes[0]!.worker.terminate).toHaveBeenCalledOnce()
  })

  it('forwards progress of the current job and ignores progress of a stale one', async () => {
    const { client, fakes } = clientWithFakes()
    const onProgress = vi.fn()
    const pending = client.compare(PAIR.a, PAIR.b, { onProgress, budgetMs: 5000 })
    const request = fakes[0]!.requests[0]!
    expect(request.options).toEqual({ budgetMs: 5000 }) // the callback stays on this side
    fakes[0]!.send({ type: 'progress', id: request.id, done: 0.25 })
    fakes[0]!.send({ type: 'progress', id: request.id + 99, done: 0.9 })
    fakes[0]!.send({ type: 'progress', id: request.id, done: 0.5 })
    expect(onProgress.mock.calls).toEqual([[0.25], [0.5]])
    fakes[0]!.answer(request, fixtureComparison())
    await pending
  })

  it('puts a result sent in slices back together', async () => {
    const { client, fakes } = clientWithFakes()
    const pending = client.compare(PAIR.a, PAIR.b)
    const result = fixtureComparison()
    const replies = sliceResult(fakes[0]!.requests[0]!.id, result, 2)
    expect(replies.filter((r) => r.type === 'slice')).toHaveLength(2 + 2 + 1)
    replies.forEach((reply) => fakes[0]!.send(reply))
    await expect(pending).resolves.toEqual(result)
  })

  it('lets a newer request replace one whose result is still being decoded, keeping the idle worker', async () => {
    const { client, fakes } = clientWithFakes()
    const older = client.compare(PAIR.a, PAIR.b)
    sliceResult(fakes[0]!.requests[0]!.id, fixtureComparison(), 1).forEach((r) => fakes[0]!.send(r))
    const newer = client.compare(PAIR.a, PAIR.b, { focus: 'trade' })
    await expect(older).rejects.toMatchObject({ name: 'AbortError' })
    expect(fakes[0]!.worker.terminate).not.toHaveBeenCalled() // it had finished: no need to kill it
    const fresh = fixtureComparison('trade')
    fakes[0]!.answer(fakes[0]!.requests[1]!, fresh)
    await expect(newer).resolves.toBe(fresh)
  })

  it('rejects when the worker reports an error', async () => {
    const { client, fakes } = clientWithFakes()
    const pending = client.compare(PAIR.a, PAIR.b)
    const { id } = fakes[0]!.requests[0]!
    fakes[0]!.send({ type: 'error', id, error: 'boom' })
    await expect(pending).rejects.toThrow('boom')
  })
})
