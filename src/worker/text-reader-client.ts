import type { FileText } from '../lib/read-account-file'
import type { TextReply, TextRequest } from './text-reader-protocol'

/** The worker side of the channel, narrowed so tests can hand in a fake. */
export interface TextWorker {
  onmessage: ((event: MessageEvent<TextReply>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
  postMessage(request: TextRequest): void
  terminate(): void
}

function startWorker(): TextWorker {
  // Vite bundles the worker only when it sees this exact `new Worker(new URL(...))` shape.
  return new Worker(new URL('./text-reader.worker.ts', import.meta.url), { type: 'module' })
}

type Pending = (reply: TextReply) => void

/**
 * Reads account files and rich pastes in a worker started on first use and kept for the next one (a
 * paste should not wait for a worker to start twice). The HTML parser is in the worker's own chunk, so
 * the page never downloads it. A worker that crashes fails the requests it held, and the next request
 * starts a new one.
 */
export function createTextReader(makeWorker: () => TextWorker = startWorker) {
  let worker: TextWorker | null = null
  const pending = new Map<number, Pending>()
  let lastId = 0

  function connect(): TextWorker {
    if (worker) return worker
    const started = makeWorker()
    started.onmessage = ({ data }) => {
      const settle = pending.get(data.id)
      pending.delete(data.id)
      settle?.(data)
    }
    started.onerror = (event) => {
      event.preventDefault() // handled here: the reader says so in the page, not in the console
      started.terminate()
      worker = null
      const failed = [...pending.entries()]
      pending.clear()
      const error = event.message || 'The text reader stopped.'
      for (const [id, settle] of failed) settle({ id, error })
    }
    worker = started
    return started
  }

  function read(request: Omit<TextRequest, 'id'>): Promise<FileText> {
    const full = { ...request, id: ++lastId } as TextRequest
    return new Promise<FileText>((resolve, reject) => {
      pending.set(full.id, (reply) =>
        'error' in reply ? reject(new Error(reply.error)) : resolve(reply.result),
      )
      try {
        connect().postMessage(full)
      } catch (error) {
        pending.delete(full.id) // no worker could start: nothing will answer
        reject(error)
      }
    })
  }

  return {
    /** A file's text, or why it cannot be used (see readAccountFile); rejects if the reader failed. */
    readFile: (file: File) => read({ file }),
    /** The text of a rich paste; rejects if the reader failed. */
    async pastedText(html: string): Promise<string> {
      const result = await read({ html })
      return result.ok ? result.text : ''
    },
  }
}

/** The page's one text reader. */
export const textReader = createTextReader()
