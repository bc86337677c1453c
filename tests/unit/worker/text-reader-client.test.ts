import { describe, expect, it, vi } from 'vitest'
import { createTextReader, type TextWorker } from '../../../src/worker/text-reader-client'
import type { TextReply, TextRequest } from '../../../src/worker/text-reader-protocol'

/** A worker stand-in that holds requests until the test answers them. */
function fakeWorker() {
  const requests: TextRequest[] = []
  const worker: TextWorker = {
    onmessage: null,
    onerror: null,
    postMessage: (request) => void requests.push(request),
    terminate: vi.fn(),
  }
  const send = (reply: TextReply) =>
    worker.onmessage?.(new MessageEvent('message', { data: reply }))
  return { worker, requests, send }
}

describe('text reader client', () => {
  it('sends files and pastes to one worker and answers each by its id', async () => {
    const fakes: ReturnType<typeof fakeWorker>[] = []
    const reader = createTextReader(() => {
      fakes.push(fakeWorker())
      return fakes.at(-1)!.worker
    })
    const file = reader.readFile(new File(['<p>x</p>'], 'a.html'))
    const paste = reader.pastedText('<p>Pasted.</p>')
    expect(fakes).toHaveLength(1)
    const [first, second] = fakes[0]!.requests
    expect(second).toEqual({ id: second!.id, html: '<p>Pasted.</p>' })
    fakes[0]!.send({ id: second!.id, result: { ok: true, text: 'Pasted.' } })
    fakes[0]!.send({ id: first!.id, result: { ok: true, text: 'x' } })
    expect(await paste).toBe('Pasted.')
    expect(await file).toEqual({ ok: true, text: 'x' })
  })

  it('fails what a crashed worker held, and starts a new one for the next request', async () => {
    const fakes: ReturnType<typeof fakeWorker>[] = []
    const reader = createTextReader(() => {
      fakes.push(fakeWorker())
      return fakes.at(-1)!.worker
    })
    const lost = reader.pastedText('<p>x</p>')
    fakes[0]!.worker.onerror?.(new ErrorEvent('error', { message: 'out of memory' }))
    await expect(lost).rejects.toThrow('out of memory')
    expect(fakes[0]!.worker.terminate).toHaveBeenCalled()
    const next = reader.pastedText('<p>y</p>')
    expect(fakes).toHaveLength(2)
    fakes[1]!.send({ id: fakes[1]!.requests[0]!.id, result: { ok: true, text: 'y' } })
    expect(await next).toBe('y')
  })
})
