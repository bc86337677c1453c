/**
 * Asks the panes to render passages that are not on the page yet: a long account is rendered only
 * near where the reader looks, and a jump (to a divergence, or from a link) may land anywhere.
 */
export function createPassageRequests() {
  const listeners = new Set<(segmentIds: string[]) => void>()
  return {
    subscribe(listener: (segmentIds: string[]) => void) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    request(segmentIds: string[]) {
      listeners.forEach((listener) => listener(segmentIds))
    },
  }
}

export type PassageRequests = ReturnType<typeof createPassageRequests>
