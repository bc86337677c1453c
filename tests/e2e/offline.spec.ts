import type { Page } from '@playwright/test'
import goldenLinks from '../fixtures/golden-links.json' with { type: 'json' }
import { ENVOY_LABEL, ENVOY_TEXT, MINISTRY_TEXT } from './compose-accounts'
import { KREMLIN, TRUMP, composeAndCompare, expect, pane, test } from './fixtures'
import { openBuiltInPair, recordRequests, SLOW } from './request-log'

const link = (name: string) => goldenLinks.links.find((l) => l.name === name)!.link

/** Waits until the service worker has installed its cache and controls the page. */
async function untilServiceWorkerControls(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (navigator.serviceWorker.controller) return
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    )
  })
}

test('after one visit, the app, the built-in pair, shared links and a new comparison work offline', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(180_000) // five page loads and a comparison, on a busy 2-core machine
  await openBuiltInPair(page)
  await untilServiceWorkerControls(page)
  await context.setOffline(true)
  const requests = recordRequests(context, baseURL)
  const notFromServiceWorker: string[] = []
  page.on('response', (r) => {
    if (!r.fromServiceWorker() && /^https?:/.test(r.url())) notFromServiceWorker.push(r.url())
  })

  // A fresh load of the built-in comparison: page, scripts, styles and accounts all from the cache.
  await page.reload()
  await expect(pane(page, KREMLIN).locator('[data-alignment]').first()).toBeVisible(SLOW)
  await expect(pane(page, TRUMP).locator('[data-alignment]').first()).toBeVisible(SLOW)

  // Shared links opened afresh, as from a mail: a built-in one and one carrying pasted texts.
  for (const name of ['builtin-one-passage', 'builtin-two-passages-focus']) {
    await page.goto('about:blank')
    await page.goto(`./${link(name)}`)
    await expect(page.locator('[data-permalink-highlight]').first()).toBeVisible(SLOW)
  }
  const pasted = goldenLinks.links.find((l) => l.link.startsWith('#p1.'))!
  await page.goto('about:blank')
  await page.goto(`./${pasted.link}`)
  await expect(page.locator('[data-alignment]').first()).toBeVisible(SLOW)

  // A comparison of the reader's own texts: the analysis worker comes from the cache too.
  await composeAndCompare(page, SLOW)

  expect(requests.foreign()).toEqual([])
  expect(notFromServiceWorker, 'offline, every response comes from the service worker').toEqual([])
  expect(requests.seen.length).toBeGreaterThan(0)
  console.log(`offline: ${requests.seen.length} requests, all answered by the service worker`)
})

test('when the network drops after the page loaded, comparing and opening a link still work', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000)
  await page.goto('./#/new')
  await untilServiceWorkerControls(page)
  await page.getByRole('textbox', { name: 'First account', exact: true }).fill(MINISTRY_TEXT)
  await page.getByRole('textbox', { name: 'Second account', exact: true }).fill(ENVOY_TEXT)
  await page.getByRole('textbox', { name: 'Second account label' }).fill(ENVOY_LABEL)
  // The browser now says it is offline (navigator.onLine false, an "offline" event), as when Wi-Fi drops.
  await context.setOffline(true)
  expect(await page.evaluate(() => navigator.onLine)).toBe(false)

  // The analysis is local: it runs, and nothing says it stopped.
  await page.getByRole('button', { name: 'Compare' }).click()
  await expect(pane(page, ENVOY_LABEL).locator('[data-alignment]').first()).toBeVisible(SLOW)
  await expect(page.getByText('Comparison stopped.')).toHaveCount(0)

  // A link pasted into the address bar of the same tab opens too.
  const pasted = goldenLinks.links.find((l) => l.name === 'pasted-focus-keywords')!
  await page.evaluate((hash) => (window.location.hash = hash), pasted.link)
  await expect(page.locator('[data-alignment]').first()).toBeVisible(SLOW)
  await expect(page.getByRole('status').filter({ hasText: 'Opening…' })).toHaveCount(0)
})
