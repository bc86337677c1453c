import { readFile } from 'node:fs/promises'
import type { Locator, Page } from '@playwright/test'
import {
  ENVOY_LABEL,
  ENVOY_TEXT,
  MINISTRY_LABEL,
  MINISTRY_TEXT,
  generatedProse,
} from './compose-accounts'
import { KREMLIN, expect, pane, test } from './fixtures'

const box = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true })
const divergences = (page: Page) =>
  page.getByRole('navigation', { name: 'Divergences' }).getByRole('listitem')

/** Sets a (React-controlled) text box the way a paste does: its value, then one input event. */
function pasteInto(target: Locator, text: string) {
  return target.evaluate((el, value) => {
    const area = el as HTMLTextAreaElement
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(area, value)
    area.dispatchEvent(new Event('input', { bubbles: true }))
  }, text)
}

async function composeTalks(page: Page) {
  await page.goto('./#/new')
  await box(page, 'First account').fill(MINISTRY_TEXT)
  await box(page, 'Second account').fill(ENVOY_TEXT)
  await box(page, 'First account label').fill(MINISTRY_LABEL)
  await box(page, 'Second account label').fill(ENVOY_LABEL)
}

test.describe('compose your own comparison', () => {
  test('is reached from the built-in comparison', async ({ page }) => {
    await page.goto('./')
    await page.getByRole('link', { name: 'Compare your own' }).click()
    await expect(box(page, 'First account')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Compare' })).toBeDisabled()
  })

  test('two pasted accounts → side-by-side panes named by their labels, with the planted divergences', async ({
    page,
  }) => {
    await composeTalks(page)
    await page.getByRole('button', { name: 'Compare' }).click()
    await expect(page).toHaveURL(/#\/compare$/)

    const ministry = pane(page, MINISTRY_LABEL)
    const envoy = pane(page, ENVOY_LABEL)
    await expect(ministry.locator('[data-alignment]').first()).toBeVisible()
    const [left, right] = [await ministry.boundingBox(), await envoy.boundingBox()]
    expect(left!.x + left!.width).toBeLessThanOrEqual(right!.x) // side by side at 1280 px
    expect(Math.abs(left!.y - right!.y)).toBeLessThan(5)
    for (const el of await page.locator('[data-segment]').all()) {
      await expect(el).toHaveAttribute(
        'data-alignment',
        /^(shared|reworded|contradicts|only-here)$/,
      )
    }

    const items = divergences(page)
    // The contradiction: an exchange agreed, against no progress on it.
    await expect(
      items.filter({ hasText: 'prisoner exchange of forty detainees' }).filter({
        hasText: 'no progress on the prisoner exchange',
      }),
    ).toContainText('Contradicts')
    // One-sided claims, one on each side.
    await expect(items.filter({ hasText: 'fertilizer exports' })).toContainText(
      `Only in ${MINISTRY_LABEL}`,
    )
    await expect(items.filter({ hasText: 'held for eight months' })).toContainText(
      `Only in ${ENVOY_LABEL}`,
    )
    // The gas transit is told both ways.
    await expect(items.filter({ hasText: 'gas deliveries will continue' })).toContainText(
      'will not continue',
    )

    // A reload of the comparison shows it again: it is read from the saved draft.
    await page.reload()
    await expect(pane(page, MINISTRY_LABEL).locator('[data-alignment]').first()).toBeVisible()
  })

  test('a reload keeps the draft', async ({ page }) => {
    await composeTalks(page)
    await page
      .getByRole('textbox', { name: 'First account source URL' })
      .fill('https://example.org/s')
    await page.waitForTimeout(700) // the autosave waits for typing to pause
    await page.reload()
    await expect(box(page, 'First account')).toHaveValue(MINISTRY_TEXT)
    await expect(box(page, 'Second account')).toHaveValue(ENVOY_TEXT)
    await expect(box(page, 'Second account label')).toHaveValue(ENVOY_LABEL)
    await expect(page.getByRole('textbox', { name: 'First account source URL' })).toHaveValue(
      'https://example.org/s',
    )
  })

  test('a .txt file dropped on a box fills it', async ({ page }) => {
    await page.goto('./#/new')
    const target = box(page, 'Second account')
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([text], 'osei-remarks.txt', { type: 'text/plain' }))
      return transfer
    }, ENVOY_TEXT)
    await target.dispatchEvent('dragenter', { dataTransfer })
    await target.dispatchEvent('dragover', { dataTransfer })
    await target.dispatchEvent('drop', { dataTransfer })
    await expect(target).toHaveValue(ENVOY_TEXT)
    await expect(box(page, 'Second account label')).toHaveValue('osei-remarks')
    await expect(page).toHaveURL(/#\/new$/) // the browser did not navigate to the file
  })

  test('a binary file is refused with an alert naming it, and the box keeps its text', async ({
    page,
  }) => {
    await page.goto('./#/new')
    await box(page, 'First account').fill(MINISTRY_TEXT)
    await page.getByLabel('Open a file for the first account').setInputFiles({
      name: 'scan.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff, 0x00]),
    })
    await expect(page.getByRole('alert')).toContainText('“scan.txt” is not a text file')
    await expect(box(page, 'First account')).toHaveValue(MINISTRY_TEXT)
  })

  test('a 1 MB pair keeps the page responsive while it is analysed and shown', async ({ page }) => {
    test.setTimeout(120_000)
    await page.goto('./#/new')
    await pasteInto(box(page, 'First account'), generatedProse(1_000_000, 7))
    await pasteInto(box(page, 'Second account'), generatedProse(1_000_000, 99))
    const compare = page.getByRole('button', { name: 'Compare' })
    await expect(compare).toBeEnabled()
    await page.waitForTimeout(1000) // let the autosave run before the clock starts

    await page.evaluate(() => {
      const probe = { longest: 0 }
      ;(window as unknown as { probe: typeof probe }).probe = probe
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) probe.longest = Math.max(probe.longest, e.duration)
      }).observe({ type: 'longtask' })
    })
    await compare.click()

    // While the worker runs, a click is answered at once: Stop ends the run. The time is taken in the
    // page, from the click to the end of the frame that shows its result.
    const stop = page.getByRole('button', { name: 'Stop' })
    await expect(stop).toBeVisible()
    const answered = page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          document.addEventListener(
            'click',
            () => {
              const start = performance.now()
              const check = () =>
                document.body.textContent?.includes('Comparison stopped.')
                  ? setTimeout(() => resolve(performance.now() - start), 0)
                  : requestAnimationFrame(check)
              requestAnimationFrame(check)
            },
            { capture: true, once: true },
          )
        }),
    )
    await stop.click()
    // The click took effect while the analysis was still running: the run stopped before any passage
    // was shown. How fast it answered is reported; speed itself is `npm run bench`'s to judge.
    console.log(`Stop answered after ${Math.round(await answered)} ms`)
    await expect(page.getByText('Comparison stopped.')).toBeVisible()
    await expect(page.locator('[data-alignment]')).toHaveCount(0)

    // Run it again, and this time let it finish.
    await page.getByRole('button', { name: 'Compare again' }).click()
    await expect(page.getByRole('progressbar', { name: 'Comparison progress' })).toBeVisible()
    await expect(pane(page, 'Account A').locator('[data-alignment]').first()).toBeVisible({
      timeout: 60_000,
    })
    // Still answering while the long lists come in: the divergence list grows on a click.
    const before = await divergences(page).count()
    await page
      .getByRole('button', { name: /^Show \d+ more/ })
      .last()
      .click()
    await expect(divergences(page)).not.toHaveCount(before)

    const longest = await page.evaluate(
      () => (window as unknown as { probe: { longest: number } }).probe.longest,
    )
    test
      .info()
      .annotations.push({ type: 'longest main-thread task (ms)', description: `${longest}` })
  })

  test('a draft kept aside survives a second tab that is closed undecided', async ({ context }) => {
    test.setTimeout(60_000)
    const first = await context.newPage()
    await composeTalks(first)
    await first.waitForTimeout(1000) // saved
    await first.getByRole('button', { name: 'Load example' }).click()
    await expect(first.getByRole('status').filter({ hasText: 'your draft is kept' })).toBeVisible()
    await first.waitForTimeout(1000) // the example is saved, with the draft kept aside

    const second = await context.newPage()
    await second.goto('./#/new')
    await expect(box(second, 'First account label')).toHaveValue(KREMLIN)
    await box(first, 'First account').press('Control+Home')
    await box(first, 'First account').pressSequentially('Typed in the first tab. ')
    await expect(
      second.getByRole('alert').filter({ hasText: 'changed in another tab' }),
    ).toBeVisible({ timeout: 10_000 })
    await box(second, 'Second account').press('Control+Home')
    await box(second, 'Second account').pressSequentially('Typed in the second tab. ')
    await second.close({ runBeforeUnload: true })

    // The first tab's own draft is still stored somewhere, next to the second tab's.
    await expect
      .poll(() => first.evaluate(() => Object.values(localStorage).join('\n')))
      .toContain('Typed in the second tab.')
    const stored = await first.evaluate(() => Object.values(localStorage))
    expect(stored).toContain(MINISTRY_TEXT)
    expect(stored).toContain(ENVOY_TEXT)

    // After a reload the first tab lists both earlier drafts, and its own comes back.
    await first.reload()
    await first.getByText('Earlier drafts (2)').click()
    await first.getByRole('button', { name: /^Restore .*On Tuesday, Foreign Minister/ }).click()
    await expect(box(first, 'First account')).toHaveValue(MINISTRY_TEXT)
    await expect(box(first, 'Second account')).toHaveValue(ENVOY_TEXT)
    await expect(box(first, 'Second account label')).toHaveValue(ENVOY_LABEL)
  })

  test('storage that cannot save is said at once, offers the texts as a file, and a reload asks first', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      }
    })
    await page.goto('./#/new')
    const alert = page.getByRole('alert').filter({ hasText: 'Drafts cannot be saved' })
    await expect(alert).toBeVisible() // before any typing
    await box(page, 'First account').fill(MINISTRY_TEXT)
    await box(page, 'Second account').fill(ENVOY_TEXT)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      alert.getByRole('button', { name: 'Download my texts' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^parallax-drafts-\d{4}-\d{2}-\d{2}\.txt$/)
    const file = await readFile((await download.path())!, 'utf8')
    expect(file).toContain(MINISTRY_TEXT)
    expect(file).toContain(ENVOY_TEXT)

    // Reloading would lose the draft: the browser asks first (and staying keeps it).
    const asked = page.waitForEvent('dialog').then(async (dialog) => {
      const type = dialog.type()
      await dialog.dismiss()
      return type
    })
    void page.reload().catch(() => undefined)
    expect(await asked).toBe('beforeunload')
    await expect(box(page, 'First account')).toHaveValue(MINISTRY_TEXT)
  })
})
