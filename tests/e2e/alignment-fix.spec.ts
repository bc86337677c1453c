import type { Page } from '@playwright/test'
import { KREMLIN, TRUMP, expect, openBuiltIn, passage, test } from './fixtures'
import { freshPage } from './share-helpers'

// Two passages of the built-in pair that the aligner leaves apart (the apostrophe is U+2019, as in the
// source). Which two does not matter: the test is that the reader can join them and that it sticks.
const GREETINGS = 'offered greetings'
const NOT_HAPPY = 'I’m not happy about that'

async function alignByKeyboard(page: Page) {
  const from = passage(page, KREMLIN, GREETINGS)
  await from.focus()
  await page.getByRole('button', { name: `Align with a passage in ${TRUMP}` }).click()
  const banner = page.getByRole('status').filter({ hasText: 'Choose the passage' })
  await expect(banner).toContainText(TRUMP)
  // The pick is made from the keyboard: focus the partner and press Enter.
  await passage(page, TRUMP, NOT_HAPPY).focus()
  await page.keyboard.press('Enter')
  await expect(banner).toHaveCount(0)
}

async function expectAligned(page: Page) {
  const from = passage(page, KREMLIN, GREETINGS)
  const to = passage(page, TRUMP, NOT_HAPPY)
  const toId = await to.getAttribute('data-segment')
  await expect(from).toHaveAttribute('data-counterparts', new RegExp(`(^| )${toId}( |$)`))
  await expect(from).not.toHaveAttribute('data-alignment', 'only-here')
  await expect(from).toHaveAttribute('data-aligned-by-reader', 'true')
  await expect(to).toHaveAttribute('data-aligned-by-reader', 'true')
  await expect(page.getByText(/You corrected the alignment in 1 place/)).toBeVisible()
}

test('a passage aligned by hand survives a reload and a permalink round trip', async ({
  page,
  browser,
}) => {
  await openBuiltIn(page)
  await expect(passage(page, KREMLIN, GREETINGS)).toHaveAttribute('data-alignment', 'only-here')
  await alignByKeyboard(page)
  await expectAligned(page)

  await page.reload()
  await expectAligned(page)

  // The share link carries the correction (a b2 link), and opens it in a browser that never saw it.
  await passage(page, KREMLIN, GREETINGS).focus()
  await page.getByRole('button', { name: 'Link to this passage' }).click()
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue()
  expect(link).toMatch(/#b2\.2025-07-03-putin-trump@1\..*\.l\d+-\d+\..*e$/)
  const fresh = await freshPage(browser)
  await fresh.page.goto(link)
  await expectAligned(fresh.page)
  await fresh.done()
})

test('the reader can take an alignment apart, and undo all corrections', async ({ page }) => {
  await openBuiltIn(page)
  await alignByKeyboard(page)
  await expectAligned(page)

  await passage(page, KREMLIN, GREETINGS).focus()
  await page.getByRole('button', { name: `Remove alignment with ${TRUMP}` }).click()
  await expect(passage(page, KREMLIN, GREETINGS)).toHaveAttribute('data-alignment', 'only-here')
  await expect(page.getByText(/You corrected the alignment in 1 place/)).toBeVisible()

  await page.getByRole('button', { name: 'Undo all corrections' }).click()
  await expect(page.getByText(/You corrected the alignment/)).toHaveCount(0)
  await expect(passage(page, KREMLIN, GREETINGS)).not.toHaveAttribute('data-aligned-by-reader')
})

test('Esc leaves the picking of a partner without changing anything', async ({ page }) => {
  await openBuiltIn(page)
  await passage(page, KREMLIN, GREETINGS).focus()
  await page.getByRole('button', { name: `Align with a passage in ${TRUMP}` }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Choose the passage' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('status').filter({ hasText: 'Choose the passage' })).toHaveCount(0)
  await expect(passage(page, KREMLIN, GREETINGS)).toHaveAttribute('data-alignment', 'only-here')
  // Focus goes back to where the reader started.
  await expect(passage(page, KREMLIN, GREETINGS)).toBeFocused()
})

test.describe('on a phone showing one account', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('picking a partner shows the other account again', async ({ page }) => {
    await openBuiltIn(page)
    await page.getByRole('group', { name: 'Show' }).getByRole('radio', { name: KREMLIN }).check()
    await expect(passage(page, TRUMP, NOT_HAPPY)).toBeHidden()
    await alignByKeyboard(page)
    await expectAligned(page)
  })
})
