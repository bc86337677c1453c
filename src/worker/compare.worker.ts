// Runs the analysis off the main thread, so long accounts never freeze the page.
import { compareAccounts, compareMany } from '../core'
import type { CompareReply, CompareRequest } from './protocol'
import { manyForThePage, sliceResult } from './result-slices'

// The app is type-checked with the DOM library, not the worker one (they clash), so type the little we use.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CompareRequest>) => void) | null
  postMessage(reply: CompareReply): void
}

/** Progress is worth a message only when the bar would move: a whole percent. */
function progressReporter(id: number) {
  let last = -1
  return (done: number) => {
    const percent = Math.floor(done * 100)
    if (percent === last) return
    last = percent
    scope.postMessage({ type: 'progress', id, done })
  }
}

scope.onmessage = (event) => {
  const { id, a, b, more, options } = event.data
  const onProgress = progressReporter(id)
  try {
    if (more?.length) {
      const result = compareMany([a, b, ...more], { ...options, onProgress })
      scope.postMessage({ type: 'many-result', id, result: manyForThePage(result) })
      return
    }
    const result = compareAccounts(a, b, { ...options, onProgress })
    for (const reply of sliceResult(id, result)) scope.postMessage(reply)
  } catch (error) {
    scope.postMessage({
      type: 'error',
      id,
      error: error instanceof Error ? error.message : String(error),
    })
  }
}
