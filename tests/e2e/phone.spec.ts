import type { Locator, Page } from '@playwright/test'
import { KREMLIN, TRUMP, expect, openBuiltIn, passage, screenshotPath, test } from './fixtures'
import { freshPage } from './share-helpers'

const PHONE = { width: 390, height: 844 }
const NOT_BACK_DOWN = 'Russia will not back down from these goals.'

const bar = (page: Page) => page.getByRole('navigation', { name: 'Reading controls' })
const firstDivergence = (page: Page) =>
  page.getByRole('navigation', { name: 'Divergences' }).getByRole('listitem').first()

/** The part of the window the compact bar leaves for reading: from the top to the bar's top edge. */
async function readingArea(page: Page): Promise<{ top: number; bottom: number }> {
  const box = await bar(page).boundingBox()
  expect(box, 'the compact bar is on screen').not.toBeNull()
  return { top: 0, bottom: box!.y }
}

/** True when the whole element lies in the reading area, not scrolled past and not under the bar. */
async function expectWhollyOnFirstScreen(page: Page, el: Locator, what: string) {
  const area = await readingArea(page)
  const box = await el.boundingBox()
  expect(box, `${what} is laid out`).not.toBeNull()
  expect(box!.y, `${what}: top on screen`).toBeGreaterThanOrEqual(area.top)
  expect(box!.y + box!.height, `${what}: bottom above the compact bar`).toBeLessThanOrEqual(
    area.bottom,
  )
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`at 390×844, ${theme} theme`, () => {
    test.use({ viewport: PHONE, isMobile: true, hasTouch: true, colorScheme: theme })

    test('the first screen: the title, the first divergence whole, and the way to the accounts', async ({
      page,
    }) => {
      await openBuiltIn(page)
      expect(await page.evaluate(() => window.scrollY)).toBe(0)
      await expectWhollyOnFirstScreen(page, page.getByRole('heading', { level: 1 }), 'the title')
      const first = firstDivergence(page)
      await expectWhollyOnFirstScreen(page, first, 'the first divergence')
      // Whole: both quotes, its kind and its reason, each on screen.
      const quotes = first.locator('q')
      await expect(quotes).toHaveCount(2)
      for (const quote of await quotes.all()) {
        await expect(quote).not.toBeEmpty()
        await expectWhollyOnFirstScreen(page, quote, 'a quote')
      }
      await expectWhollyOnFirstScreen(page, first.locator('.kind-badge'), 'its kind')
      await expectWhollyOnFirstScreen(page, first.locator('.divergence-reason'), 'its reason')
      await expect(first.locator('.divergence-reason')).toContainText('Opposite verdicts')
      // A clear way to the accounts, on the same screen.
      const read = page.getByRole('button', { name: 'Read the accounts' })
      await expectWhollyOnFirstScreen(page, read, '"Read the accounts"')
      await page.screenshot({ path: screenshotPath(`phone-first-screen-${theme}-390.png`) })
      await read.click()
      await expect(passage(page, KREMLIN, 'U.S. President Donald Trump')).toBeFocused()
      await expect(passage(page, KREMLIN, 'U.S. President Donald Trump')).toBeInViewport()
    })

    test('a shared passage link shows the highlighted passage on the first screen', async ({
      browser,
      baseURL,
    }) => {
      const fresh = await freshPage(browser, PHONE)
      await fresh.page.emulateMedia({ colorScheme: theme })
      // A passage near the end of the Kremlin readout (tests/fixtures/golden-links.json).
      await fresh.page.goto(`${baseURL}#b1.2025-07-03-putin-trump@1.a2231-2274~it7v.e`)
      const target = passage(fresh.page, KREMLIN, NOT_BACK_DOWN)
      await expect(target).toHaveAttribute('data-permalink-highlight')
      await expect(target).toBeFocused()
      await expect(async () => {
        await expectWhollyOnFirstScreen(fresh.page, target, 'the highlighted passage')
      }).toPass({ timeout: 5_000 })
      await fresh.page.screenshot({ path: screenshotPath(`phone-shared-link-${theme}-390.png`) })
      await fresh.done()
    })

    test('the compact bar: every control by keyboard and by name, and always in view', async ({
      page,
    }) => {
      await openBuiltIn(page)
      const controls = bar(page)
      const focusChip = controls.getByRole('button', { name: /^Focus/ })
      await expect(focusChip).toContainText('Ukraine — progress')
      // Tab from the last thing on the page reaches the bar's controls in order.
      await focusChip.focus()
      await expect(focusChip).toBeFocused()
      for (const name of ['View', 'Previous divergence', 'Next divergence']) {
        await page.keyboard.press('Tab')
        await expect(controls.getByRole('button', { name, exact: true })).toBeFocused()
      }

      // The focus chip opens the lens picker, the control named "Focus"; Esc gives focus back.
      await focusChip.focus()
      await page.keyboard.press('Enter')
      const picker = page.getByRole('dialog', { name: 'Focus' })
      await expect(picker).toBeVisible()
      await expect(picker.getByRole('combobox', { name: 'Focus' })).toBeVisible()
      await expect(focusChip).toHaveAttribute('aria-expanded', 'true')
      await page.keyboard.press('Escape')
      await expect(picker).toBeHidden()
      await expect(focusChip).toBeFocused()

      // The View menu: layout, filters, sync scrolling, theme, the report and the embed code.
      const view = controls.getByRole('button', { name: 'View', exact: true })
      await view.focus()
      await page.keyboard.press('Enter')
      const menu = page.getByRole('dialog', { name: 'View' })
      await expect(menu).toBeVisible()
      for (const [role, name] of [
        ['radio', 'Side by side'],
        ['radio', 'Inline'],
        ['checkbox', 'Only the focus topic'],
        ['checkbox', 'Only divergences'],
        ['checkbox', /Sync scrolling/],
        ['combobox', 'Theme'],
        ['button', 'Download report'],
        ['button', 'Embed'],
      ] as const) {
        await expect(menu.getByRole(role, { name })).toBeVisible()
      }
      await page.screenshot({ path: screenshotPath(`phone-view-menu-${theme}-390.png`) })
      await menu.getByRole('checkbox', { name: 'Only divergences' }).check()
      await page.keyboard.press('Escape')
      await expect(menu).toBeHidden()
      await expect(view).toBeFocused()
      await expect(page.getByRole('button', { name: /^Show \d+ passages?/ }).first()).toBeVisible()

      // Next divergence from the bar: the passages come into view and the step is announced.
      await controls.getByRole('button', { name: 'Next divergence' }).click()
      await expect(
        page.getByRole('status').filter({ hasText: /Divergence 1 of \d+/ }),
      ).toBeAttached()
      await expect(controls).toContainText(/1\/\d+/)
      await controls.getByRole('button', { name: 'Next divergence' }).click()
      await expect(controls).toContainText(/2\/\d+/)
      // Deep in the page, the bar is still at the bottom edge.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
      await expect(controls).toBeInViewport({ ratio: 1 })
      const box = (await controls.boundingBox())!
      expect(box.y + box.height).toBeCloseTo(PHONE.height, 0)
      await expect(passage(page, TRUMP, 'not happy')).toBeAttached()
    })
  })
}
