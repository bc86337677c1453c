/**
 * Asks the panes to render passages that are not on the page yet: a long account is rendered only
 * near where the reader looks, and a jump (to a divergence, or from a link) may land anywhere.
 */
export function createPassageRequests() {
  const listeners = new Set<(passageIds: string[]) => void>()
  return {
    subscribe(listener: (passageIds: string[]) => void) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    request(passageIds: string[]) {
      listeners.forEach((listener) => listener(passageIds))
    },
  }
}

export type PassageRequests = ReturnType<typeof createPassageRequests>
