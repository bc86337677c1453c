import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import {
  KREMLIN,
  closeViewControls,
  expect,
  openBuiltIn,
  passage,
  screenshotPath,
  test,
  viewControls,
} from './fixtures'

/**
 * WCAG 2.2 AA, as far as axe-core can tell: every view, in both themes and both viewports, fails on any
 * serious or critical violation. (axe cannot judge everything — reading order, meaningful names — which
 * the keyboard and screen reader tests cover.)
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** Scans the page and keeps a picture of what was scanned (`view-theme-width.png`). */
async function expectNoSeriousViolations(page: Page, what: string, shot: string) {
  await page.screenshot({ path: screenshotPath(`${shot}.png`) })
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    )
  expect(serious, `axe on ${what}`).toEqual([])
}

const themes = ['light', 'dark'] as const
const viewports = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const

for (const theme of themes) {
  for (const viewport of viewports) {
    test.describe(`${theme} theme, ${viewport.name}`, () => {
      test.use({ viewport, colorScheme: theme })

      test('the comparison view', async ({ page }) => {
        await openBuiltIn(page)
        const dark = await page.evaluate(() => document.documentElement.classList.contains('dark'))
        expect(dark).toBe(theme === 'dark')
        await expectNoSeriousViolations(
          page,
          `the comparison view (${theme}, ${viewport.name})`,
          `view-comparison-${theme}-${viewport.width}`,
        )
      })

      test('the compose view', async ({ page }) => {
        await page.goto('./#/new')
        await expect(
          page.getByRole('textbox', { name: 'First account', exact: true }),
        ).toBeVisible()
        await expectNoSeriousViolations(
          page,
          `the compose view (${theme}, ${viewport.name})`,
          `view-compose-${theme}-${viewport.width}`,
        )
      })

      test('the share popover', async ({ page }) => {
        await openBuiltIn(page)
        await passage(page, KREMLIN, 'Russia will not back down').focus()
        await page.getByRole('button', { name: 'Link to this passage' }).click()
        await expect(page.getByRole('textbox', { name: 'Share link' })).toHaveValue(/#b1\./)
        await expectNoSeriousViolations(
          page,
          `the share popover (${theme}, ${viewport.name})`,
          `view-share-${theme}-${viewport.width}`,
        )
      })

      if (viewport.name === 'phone') {
        test('the compact bar, its lens picker and its View menu', async ({ page }) => {
          await openBuiltIn(page)
          const bar = page.getByRole('navigation', { name: 'Reading controls' })
          await bar.getByRole('button', { name: /^Focus/ }).click()
          await expect(page.getByRole('dialog', { name: 'Focus' })).toBeVisible()
          await expectNoSeriousViolations(
            page,
            `the lens picker (${theme}, ${viewport.name})`,
            `view-focus-picker-${theme}-${viewport.width}`,
          )
          await page.keyboard.press('Escape')
          await bar.getByRole('button', { name: 'View', exact: true }).click()
          await expect(page.getByRole('dialog', { name: 'View' })).toBeVisible()
          await expectNoSeriousViolations(
            page,
            `the View menu (${theme}, ${viewport.name})`,
            `view-view-menu-${theme}-${viewport.width}`,
          )
        })
      }

      test('the inline layout and the shortcuts dialog', async ({ page }) => {
        await openBuiltIn(page)
        const controls = await viewControls(page)
        await controls.getByRole('radio', { name: 'Inline' }).check()
        await expect(controls.getByRole('radio', { name: 'Inline' })).toBeChecked()
        await closeViewControls(page)
        await expectNoSeriousViolations(
          page,
          `the inline layout (${theme}, ${viewport.name})`,
          `view-inline-${theme}-${viewport.width}`,
        )
        // Shortcuts are not taken from form fields (the radio just checked): press `?` from a passage.
        await page.locator('[data-segment]').first().focus()
        await page.keyboard.press('?')
        await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
        await expectNoSeriousViolations(
          page,
          `the shortcuts dialog (${theme}, ${viewport.name})`,
          `view-shortcuts-${theme}-${viewport.width}`,
        )
      })
    })
  }
}
