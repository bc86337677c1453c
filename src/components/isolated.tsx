import { balanceIsolates } from '../core'

/**
 * Reader-supplied words (a label, a file name, a quoted excerpt) inside one of the app's sentences, in a
 * <bdi>: a right-to-left override in them turns them around, never the rest of the sentence. A stray
 * isolate mark in them is dropped first, so it cannot close the <bdi> from inside (core/bidi-isolate.ts).
 */
export function Isolated({ children }: { children: string }) {
  return <bdi>{balanceIsolates(children)}</bdi>
}
