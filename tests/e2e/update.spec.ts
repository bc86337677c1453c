import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { build, type Plugin } from 'vite'
import { expect, test } from './fixtures'
import { SLOW } from './request-log'
import { serveStatic } from '../../scripts/lib/static-host'

/** The build the browser tests run against (playwright.config.ts builds it first). */
const BUILT = resolve(process.env.E2E_OUT_DIR ?? 'dist')

/** A second build of the same app with one change: a file the first build did not have. */
async function buildWithAChange(outDir: string) {
  const change: Plugin = {
    name: 'update-test:change',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'changed.txt', source: 'a second build' })
    },
  }
  await build({
    configFile: resolve('vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
    plugins: [change],
  })
}

async function untilServiceWorkerControls(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (navigator.serviceWorker.controller) return
    await new Promise((done) =>
      navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }),
    )
  })
}

/** Marks the page, so a test can tell whether it was reloaded since. */
const mark = (page: Page) => page.evaluate(() => ((window as { marked?: boolean }).marked = true))
const stillMarked = (page: Page) => page.evaluate(() => (window as { marked?: boolean }).marked)

const notice = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'A new version of Parallax is available' })

test('a new build is announced, and a page reloads only when its reader clicks Reload', async ({
  page,
  context,
  pageGuards,
}) => {
  test.setTimeout(180_000) // two builds' worth of files and a second build, on a busy 2-core machine
  const scratch = mkdtempSync(join(tmpdir(), 'parallax-update-'))
  const first = join(scratch, 'first')
  const second = join(scratch, 'second')
  cpSync(BUILT, first, { recursive: true })
  let served = first
  const host = await serveStatic({ '/': () => served })
  pageGuards.allowOrigin(host.origin)
  try {
    // A cache left by the hand-written worker of earlier versions.
    // (The embedded view registers no worker.)
    await page.goto(`${host.origin}/embed.html`)
    await page.evaluate(async () => {
      const cache = await caches.open('parallax-0123456789abcdef')
      await cache.put('./', new Response('an earlier version'))
    })

    // First visit: the service worker installs the first build, and drops the earlier cache.
    await page.goto(`${host.origin}/`)
    await expect(page.locator('[data-segment]').first()).toBeVisible(SLOW)
    await untilServiceWorkerControls(page)
    await expect(notice(page)).toHaveCount(0)
    await expect
      .poll(() => page.evaluate(() => caches.has('parallax-0123456789abcdef')))
      .toBe(false)

    // A second tab where the reader is typing a draft.
    const drafting = await context.newPage()
    await drafting.goto(`${host.origin}/#/new`)
    const box = drafting.getByRole('textbox', { name: 'First account', exact: true })
    await box.fill('The minister said the talks were useful')
    await mark(drafting)

    // The site is rebuilt with a change; the first tab is reloaded, as a reader would.
    await buildWithAChange(second)
    served = second
    await page.reload()
    await expect(notice(page)).toBeVisible({ timeout: 30_000 })
    await expect(notice(page).getByRole('button', { name: 'Reload' })).toBeVisible()

    // The drafting tab hears of it too, and goes on as it was while its reader types.
    await expect(notice(drafting)).toBeVisible({ timeout: 30_000 })
    await box.pressSequentially(' and constructive.', { delay: 30 })
    await drafting.waitForTimeout(1_500)
    expect(await stillMarked(drafting), 'no reload without a click').toBe(true)

    // The first tab's reader clicks Reload: that page reloads with the new version…
    await mark(page)
    const reloaded = page.waitForEvent('load', { timeout: 30_000 })
    await notice(page).getByRole('button', { name: 'Reload' }).click()
    await reloaded
    expect(await stillMarked(page)).toBeUndefined()
    await expect(page.locator('[data-segment]').first()).toBeVisible(SLOW)
    await expect(notice(page)).toHaveCount(0)
    expect(
      await page.evaluate(
        async () => !!(await caches.match('changed.txt', { ignoreSearch: true })),
      ),
      'the new build is the one cached',
    ).toBe(true)

    // …and the drafting tab, now run by the new version too, still does not reload on its own.
    await drafting.waitForTimeout(2_000)
    expect(await stillMarked(drafting), 'the drafting tab was not reloaded').toBe(true)
    await expect(box).toHaveValue('The minister said the talks were useful and constructive.')
    await expect(notice(drafting)).toBeVisible()

    // Its reader clicks Reload when ready; the draft is there after the reload.
    const draftingReloaded = drafting.waitForEvent('load', { timeout: 30_000 })
    await notice(drafting).getByRole('button', { name: 'Reload' }).click()
    await draftingReloaded
    expect(await stillMarked(drafting)).toBeUndefined()
    await expect(box).toHaveValue('The minister said the talks were useful and constructive.')
    await expect(notice(drafting)).toHaveCount(0)
    await drafting.close()
  } finally {
    await host.close()
    rmSync(scratch, { recursive: true, force: true })
  }
})
