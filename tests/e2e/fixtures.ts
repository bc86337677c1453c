import { test as base, expect, type Locator, type Page } from '@playwright/test'
import { ENVOY_LABEL, ENVOY_TEXT, MINISTRY_LABEL, MINISTRY_TEXT } from './compose-accounts'

export const KREMLIN = 'Kremlin readout'
export const TRUMP = "Trump's remarks"

/**
 * Every browser test also checks the app's promises: no console error or uncaught exception, no
 * Content-Security-Policy violation, and no request to any origin but the app's own (nothing the
 * reader pastes leaves the browser; no analytics, no fonts from a CDN).
 */
export const test = base.extend<{
  pageGuards: { errors: string[]; foreign: string[]; allowOrigin: (origin: string) => void }
}>({
  pageGuards: [
    async ({ page, baseURL }, use) => {
      const errors: string[] = []
      const requested: string[] = []
      // The app's origin, and any a test serves itself (a page that embeds the app, a second build).
      const own = new Set([new URL(baseURL ?? 'http://localhost/').origin])
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`)
      })
      page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`))
      page.on('request', (request) => requested.push(request.url()))
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)
        })
      })
      const foreign: string[] = []
      await use({ errors, foreign, allowOrigin: (origin) => void own.add(origin) })
      for (const url of requested) {
        const { protocol, origin } = new URL(url)
        if (/^https?:$/.test(protocol) && !own.has(origin)) foreign.push(url)
      }
      expect(errors, 'no errors or CSP violations in the browser console').toEqual([])
      expect(foreign, 'no requests to other origins').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

export function pane(page: Page, label: string): Locator {
  return page.getByRole('region', { name: label, exact: true })
}

/** The passage (element with data-segment) in a pane whose text contains `text`. */
export function passage(page: Page, label: string, text: string | RegExp): Locator {
  return pane(page, label).locator('[data-segment]', { hasText: text }).last()
}

export async function openBuiltIn(page: Page): Promise<void> {
  await page.goto('./')
  await expect(page.locator('[data-alignment]').first()).toBeVisible()
}

export async function counterpartsOf(p: Locator): Promise<string[]> {
  const raw = (await p.getAttribute('data-counterparts')) ?? ''
  return raw.split(/\s+/).filter(Boolean)
}

/** Text of the passages with these ids, looked up in one pane. */
export async function passageTexts(page: Page, label: string, ids: string[]): Promise<string[]> {
  const texts: string[] = []
  for (const id of ids) {
    const el = pane(page, label).locator(`[data-segment="${id}"]`)
    if ((await el.count()) > 0) texts.push((await el.first().textContent()) ?? '')
  }
  return texts
}

const words = (s: string): string[] =>
  s
    .replace(/[“”"«»]/g, ' ')
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean)

/**
 * True when `item` quotes `own`: some run of `n` consecutive words of the item occurs in `own` and not
 * in `other` (so a phrase both accounts share does not count as quoting either).
 */
export function quotes(item: string, own: string, other: string, n = 3): boolean {
  const w = words(item)
  const ownText = ` ${words(own).join(' ')} `
  const otherText = ` ${words(other).join(' ')} `
  for (let i = 0; i + n <= w.length; i++) {
    const run = ` ${w.slice(i, i + n).join(' ')} `
    if (ownText.includes(run) && !otherText.includes(run)) return true
  }
  return false
}

/**
 * Where a test's screenshot goes: into docs/screenshots when asked (`UPDATE_SCREENSHOTS=1 npm run
 * test:e2e`), so the pictures in the docs are refreshed on purpose; otherwise beside the test results, so
 * an ordinary run leaves the checkout clean.
 */
export function screenshotPath(name: string): string {
  const dir = process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots'
  return `${dir}/${name}`
}

/** Pastes the two accounts written for the tests (compose-accounts.ts) into #/new and compares them. */
export async function composeAndCompare(page: Page, { timeout = 30_000 } = {}): Promise<void> {
  await page.goto('./#/new')
  await page.getByRole('textbox', { name: 'First account', exact: true }).fill(MINISTRY_TEXT)
  await page.getByRole('textbox', { name: 'Second account', exact: true }).fill(ENVOY_TEXT)
  await page.getByRole('textbox', { name: 'First account label' }).fill(MINISTRY_LABEL)
  await page.getByRole('textbox', { name: 'Second account label' }).fill(ENVOY_LABEL)
  await page.getByRole('button', { name: 'Compare' }).click()
  await expect(pane(page, ENVOY_LABEL).locator('[data-alignment]').first()).toBeVisible({ timeout })
}

/**
 * Where the layout, the filters and the theme are: on a phone, in the View menu of the compact bar
 * (opened here); on a wider screen, on the page.
 */
export async function viewControls(page: Page): Promise<Locator> {
  const view = page.getByRole('navigation', { name: 'Reading controls' }).getByRole('button', {
    name: 'View',
    exact: true,
  })
  if (!(await view.isVisible())) return page.locator('body')
  await view.click()
  const dialog = page.getByRole('dialog', { name: 'View' })
  await expect(dialog).toBeVisible()
  return dialog
}

/** Closes the phone's View menu, if it is open. */
export async function closeViewControls(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'View' })
  if (await dialog.isVisible()) {
    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect(dialog).toBeHidden()
  }
}
