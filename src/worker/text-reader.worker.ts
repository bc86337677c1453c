// Reads account files and rich pastes off the main thread: a page of markup built to be slow to parse
// (200,000 nested elements, say) must never freeze the page, and parsing here builds no document.
import { htmlToText } from '../lib/html-to-text'
import { readAccountFile } from '../lib/read-account-file'
import type { TextReply, TextRequest } from './text-reader-protocol'

// The app is type-checked with the DOM library, not the worker one (they clash), so type the little we use.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<TextRequest>) => void) | null
  postMessage(reply: TextReply): void
}

async function answer(data: TextRequest) {
  try {
    const result =
      'file' in data
        ? await readAccountFile(data.file)
        : ({ ok: true, text: htmlToText(data.html) } as const)
    scope.postMessage({ id: data.id, result })
  } catch (error) {
    scope.postMessage({
      id: data.id,
      error: error instanceof Error ? error.message : String(error),
    })
  }
}

// answer() catches every failure and replies with it, so no promise is left to reject.
scope.onmessage = ({ data }) => void answer(data)
