// Times the analysis core off the main thread, where the app runs it too. The pair is generated here
// from the seed (the same texts as in Node) rather than posted in, so the timing excludes any copying.
import { generatePair } from '../generate/pair'
import { timeCore } from '../time-core'
import { timeWordPass } from '../word-pass'
import type { WorkerReply, WorkerRequest } from './protocol'

// Type-checked with the DOM library, not the worker one (they clash): type the little we use.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null
  postMessage(reply: WorkerReply): void
}

scope.onmessage = ({ data }) => {
  try {
    const pair = generatePair(data.chars, data.seed)
    const { timing } = timeCore(pair, data.runs)
    // The yardstick in the same engine and run: Chromium's segmenter, not Node's.
    const wordPassMs = timeWordPass(pair, data.runs)
    scope.postMessage({
      ok: true,
      chars: { a: pair.a.length, b: pair.b.length },
      timing,
      wordPassMs,
    })
  } catch (error) {
    scope.postMessage({
      ok: false,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    })
  }
}
