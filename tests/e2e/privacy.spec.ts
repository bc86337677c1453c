/**
 * "Nothing leaves your browser", tested per flow: every request the browser context makes while a flow
 * runs is recorded (pages, workers, the service worker), and any request to another origin fails the
 * test. Each test prints how many requests it saw; docs/security.md quotes the counts.
 */
import type { BrowserContext, Page } from '@playwright/test'
import { MINISTRY_LABEL } from './compose-accounts'
import { KREMLIN, composeAndCompare, expect, pane, test } from './fixtures'
import { openBuiltInPair, recordRequests, SLOW } from './request-log'

async function expectOnlyOwnOrigin(
  flow: string,
  context: BrowserContext,
  baseURL: string | undefined,
  run: () => Promise<void>,
  { loadsFiles = true } = {},
) {
  const requests = recordRequests(context, baseURL)
  await run()
  expect(requests.foreign(), `${flow}: no request to another origin`).toEqual([])
  // A flow that loads the app must show its requests here, or the recording is not working.
  if (loadsFiles) expect(requests.seen.length, `${flow}: the flow was recorded`).toBeGreaterThan(0)
  console.log(`privacy: ${flow}: ${requests.seen.length} requests, all to ${requests.own}`)
}

/** The link of a passage's own "Link to this passage" button, as the share box shows it. */
async function linkToFirstPassage(page: Page, label: string): Promise<string> {
  await pane(page, label).locator('[data-segment]').first().focus()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Link to this passage' })).toBeFocused()
  await page.keyboard.press('Enter')
  const box = page.getByRole('textbox', { name: 'Share link' })
  await expect(box).toHaveValue(/#[bp]1\..+\.e$/)
  return box.inputValue()
}

test.describe('privacy: each flow talks to the app’s own origin only', () => {
  test.describe.configure({ timeout: 120_000 }) // comparisons on a busy 2-core machine
  test('load the built-in pair', async ({ page, context, baseURL }) => {
    await expectOnlyOwnOrigin('load the built-in pair', context, baseURL, () =>
      openBuiltInPair(page),
    )
  })

  test('compose and compare', async ({ page, context, baseURL }) => {
    await expectOnlyOwnOrigin('compose and compare', context, baseURL, () =>
      composeAndCompare(page),
    )
  })

  test('share a passage and open the link', async ({ page, context, baseURL }) => {
    await expectOnlyOwnOrigin('share and open a link', context, baseURL, async () => {
      await composeAndCompare(page)
      const link = await linkToFirstPassage(page, MINISTRY_LABEL)
      await page.goto('about:blank')
      await page.goto(link)
      await expect(page.locator('[data-permalink-highlight]').first()).toBeVisible(SLOW)
    })
  })

  test('open the built-in pair and a link offline after a first visit', async ({
    page,
    context,
    baseURL,
  }) => {
    await openBuiltInPair(page)
    const link = await linkToFirstPassage(page, KREMLIN)
    await page.evaluate(() => navigator.serviceWorker.ready)
    await context.setOffline(true)
    await expectOnlyOwnOrigin('offline after a first visit', context, baseURL, async () => {
      await page.reload()
      await expect(page.locator('[data-alignment]').first()).toBeVisible(SLOW)
      await page.goto('about:blank')
      await page.goto(link)
      await expect(page.locator('[data-permalink-highlight]').first()).toBeVisible(SLOW)
    })
  })

  test('download a report', async ({ page, context, baseURL }) => {
    await openBuiltInPair(page)
    // The service worker's first install fetches the app's files: done before counting the report's.
    await page.evaluate(() => navigator.serviceWorker.ready)
    // A missing button fails here: losing "Download report" must not pass as "no requests made".
    const download = page.getByRole('button', { name: 'Download report' })
    await expect(download).toBeVisible()
    await expectOnlyOwnOrigin(
      'download a report',
      context,
      baseURL,
      async () => {
        for (const format of ['Markdown (.md)', 'HTML (.html)']) {
          await download.click()
          const saved = page.waitForEvent('download')
          await page.getByRole('button', { name: format }).click()
          expect((await saved).suggestedFilename()).toMatch(/\.(md|html)$/)
        }
      },
      { loadsFiles: false },
    ) // the report is built in the page: nothing needs loading
  })
})
