import { describe, expect, it, vi } from 'vitest'
import { compareMany } from '../../../src/core'
import { createCompareClient, type CompareWorker } from '../../../src/worker/compare-client'
import type { CompareReply, CompareRequest } from '../../../src/worker/protocol'
import { manyForThePage } from '../../../src/worker/result-slices'
import { THREE_ACCOUNTS } from '../../fixtures/three-accounts'

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
  return { worker, requests, send }
}

describe('compare client, many accounts', () => {
  it('sends the third to fifth accounts as `more`, and gives back their passages with their texts', async () => {
    const fake = fakeWorker()
    const client = createCompareClient(() => fake.worker)
    const accounts = THREE_ACCOUNTS.map((a) => ({ ...a, speaker: 'not sent' }))
    const pending = client.compareMany(accounts, { focus: 'prisoners' })
    const request = fake.requests[0]!
    expect(request.a).toEqual({ label: THREE_ACCOUNTS[0].label, text: THREE_ACCOUNTS[0].text })
    expect(request.more).toEqual([{ label: THREE_ACCOUNTS[2].label, text: THREE_ACCOUNTS[2].text }])
    expect(request.options).toMatchObject({ focus: 'prisoners' })

    const result = compareMany(THREE_ACCOUNTS, { focus: 'prisoners' })
    const posted = manyForThePage(result)
    expect(posted.accounts[2]!.passages.every((s) => s.text === '' && s.claims.length === 0)).toBe(
      true,
    )
    fake.send({ type: 'many-result', id: request.id, result: posted })
    const received = await pending
    expect(received.accounts.map((a) => a.passages.map((s) => s.text))).toEqual(
      result.accounts.map((a) => a.passages.map((s) => s.text)),
    )
    expect(received.divergences).toEqual(result.divergences)
  })

  it('a pair after a set supersedes it, as one comparison replaces another', async () => {
    const fakes: ReturnType<typeof fakeWorker>[] = []
    const client = createCompareClient(() => {
      const fake = fakeWorker()
      fakes.push(fake)
      return fake.worker
    })
    const many = client.compareMany(THREE_ACCOUNTS)
    const pair = client.compare(THREE_ACCOUNTS[0], THREE_ACCOUNTS[1])
    await expect(many).rejects.toMatchObject({ name: 'AbortError' })
    expect(fakes[0]!.worker.terminate).toHaveBeenCalledOnce()
    expect(fakes[1]!.requests[0]!.more).toBeUndefined()
    client.dispose()
    await expect(pair).rejects.toMatchObject({ name: 'AbortError' })
  })
})
