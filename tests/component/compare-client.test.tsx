import { describe, expect, it } from 'vitest'
import type { Comparison } from '../../src/core'
import { createCompareClient, type CompareWorker } from '../../src/worker/compare-client'
import type { CompareRequest } from '../../src/worker/protocol'
import { PAIR, fixtureComparison } from './fixtures'

/** A worker stand-in that holds requests until the test answers them. */
function fakeWorker() {
  const requests: CompareRequest[] = []
  const worker: CompareWorker = {
    onmessage: null,
    onerror: null,
    postMessage: (request) => void requests.push(request),
    terminate: () => {},
  }
  const answer = (request: CompareRequest, result: Comparison) =>
    worker.onmessage?.(new MessageEvent('message', { data: { id: request.id, ok: true, result } }))
  return { worker, requests, answer }
}

describe('compare client', () => {
  it('resolves a request with the worker’s reply for its job id', async () => {
    const fake = fakeWorker()
    const client = createCompareClient(() => fake.worker)
    const pending = client.compare(PAIR.a, PAIR.b, { focus: 'trade' })
    expect(fake.requests[0]).toMatchObject({ a: PAIR.a, b: PAIR.b, options: { focus: 'trade' } })
    const result = fixtureComparison('trade')
    fake.answer(fake.requests[0]!, result)
    await expect(pending).resolves.toBe(result)
  })

  it('drops the reply to a request a newer one superseded', async () => {
    const fake = fakeWorker()
    const client = createCompareClient(() => fake.worker)
    const older = client.compare(PAIR.a, PAIR.b, { focus: 'prisoners' })
    const newer = client.compare(PAIR.a, PAIR.b, { focus: 'trade' })
    await expect(older).rejects.toMatchObject({ name: 'AbortError' })

    const [first, second] = fake.requests
    const stale = fixtureComparison('prisoners')
    const fresh = fixtureComparison('trade')
    fake.answer(first!, stale) // late reply to the superseded job: ignored
    fake.answer(second!, fresh)
    await expect(newer).resolves.toBe(fresh)
  })

  it('rejects when the worker reports an error', async () => {
    const fake = fakeWorker()
    const client = createCompareClient(() => fake.worker)
    const pending = client.compare(PAIR.a, PAIR.b)
    const { id } = fake.requests[0]!
    fake.worker.onmessage?.(new MessageEvent('message', { data: { id, ok: false, error: 'boom' } }))
    await expect(pending).rejects.toThrow('boom')
  })
})
