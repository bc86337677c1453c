import { expect, type BrowserContext, type Page } from '@playwright/test'

/** Waits for a comparison: on a 2-core machine shared with other suites, analysis can pass 5 s. */
export const SLOW = { timeout: 30_000 }

/** Opens the built-in comparison and waits for its passages. */
export async function openBuiltInPair(page: Page) {
  await page.goto('./')
  await expect(page.locator('[data-segment]').first()).toBeVisible(SLOW)
}

/** Schemes that never leave the browser. */
const LOCAL = new Set(['data:', 'blob:', 'about:'])

/**
 * Every request a browser context makes (its pages, their workers and the service worker), so a test can
 * show that a flow touched nothing but the app's own origin.
 */
export function recordRequests(context: BrowserContext, baseURL: string | undefined) {
  const own = new URL(baseURL ?? 'http://localhost/').origin
  const seen: string[] = []
  context.on('request', (request) => seen.push(request.url()))
  return {
    own,
    seen,
    /** Requests to anywhere but the app's origin (data: and blob: URLs stay in the browser). */
    foreign: () =>
      seen.filter((u) => {
        const url = new URL(u)
        return !LOCAL.has(url.protocol) && url.origin !== own
      }),
    /** Starts a new count, for a flow that follows another in the same page. */
    reset: () => void seen.splice(0),
  }
}
