// Runs the analysis off the main thread, so long accounts never freeze the page.
import { compareAccounts } from '../core'
import type { CompareReply, CompareRequest } from './protocol'

// The app is type-checked with the DOM library, not the worker one (they clash), so type the little we use.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CompareRequest>) => void) | null
  postMessage(reply: CompareReply): void
}

scope.onmessage = (event) => {
  const { id, a, b, options } = event.data
  let reply: CompareReply
  try {
    reply = { id, ok: true, result: compareAccounts(a, b, options) }
  } catch (error) {
    reply = { id, ok: false, error: error instanceof Error ? error.message : String(error) }
  }
  scope.postMessage(reply)
}
