import {
  KREMLIN,
  TRUMP,
  expect,
  openBuiltIn,
  pane,
  passage,
  screenshotPath,
  test,
} from './fixtures'
import { expectHighlighted, freshPage, linkBySelection } from './share-helpers'

// Passages of the built-in pair (the apostrophe in Trump's words is U+2019, as in the source).
const NOT_BACK_DOWN = 'Russia will not back down from these goals.'
const NO_PROGRESS = 'didn’t make any progress'

// A pair written for this test, in Russian with emoji (UTF-16 surrogate pairs before the linked words).
const RU_A =
  'Министр иностранных дел Анна Келлер провела переговоры в Вене 🇦🇹 со своим коллегой. Стороны договорились об обмене пленными до конца месяца 🤝.\n\nКеллер заявила, что поставки газа продолжатся после декабря 🔥.'
const RU_B =
  'Я встретился с министром Келлер в Вене 🇦🇹. Прогресса по обмену пленными не было 😞, и дата не назначена.\n\nПоставки газа через трубопровод прекратятся в декабре ❄️.'
const RU_PASSAGE = 'Прогресса по обмену пленными не было'

test('a link made by selecting built-in text opens the same passage in a fresh context', async ({
  page,
  browser,
}) => {
  await openBuiltIn(page)
  const link = await linkBySelection(page, KREMLIN, NOT_BACK_DOWN)
  expect(link).toMatch(/#b1\.2025-07-03-putin-trump@1\.a\d+-\d+~[0-9a-z]{4}\.fukraine\.e$/)
  expect(link.length).toBeLessThanOrEqual(120)
  await expect(page.getByRole('dialog')).toContainText(`${link.length} characters`)
  await expect(page).toHaveURL(link)

  // A phone: the panes are stacked, so the passage must be scrolled to.
  const fresh = await freshPage(browser, { width: 390, height: 844 })
  await fresh.page.goto(link)
  await expectHighlighted(fresh.page, KREMLIN, NOT_BACK_DOWN)
  await expect(fresh.page.locator('[data-permalink-highlight]')).toHaveCount(1)
  await expect(fresh.page.getByRole('alert')).toHaveCount(0)
  await expect(fresh.page).toHaveURL(link)
  await fresh.done()
})

test('a pasted pair in Russian with emoji travels in its link', async ({ page, browser }) => {
  await page.goto('./#/new')
  await page.getByRole('textbox', { name: 'First account', exact: true }).fill(RU_A)
  await page.getByRole('textbox', { name: 'Second account', exact: true }).fill(RU_B)
  await page.getByRole('textbox', { name: 'First account label' }).fill('МИД 🇦🇹')
  await page.getByRole('textbox', { name: 'Second account label' }).fill('Министр 🎙️')
  await page
    .getByRole('textbox', { name: 'Second account source URL' })
    .fill('https://example.org/remarks')
  await page.getByRole('button', { name: 'Compare' }).click()
  await expect(pane(page, 'Министр 🎙️').locator('[data-alignment]').first()).toBeVisible()
  const link = await linkBySelection(page, 'Министр 🎙️', RU_PASSAGE)
  expect(link).toMatch(/#p1\.[A-Za-z0-9_-]+\.e$/)

  const fresh = await freshPage(browser)
  await fresh.page.goto(link)
  await expect(pane(fresh.page, 'МИД 🇦🇹')).toBeVisible()
  await expectHighlighted(fresh.page, 'Министр 🎙️', RU_PASSAGE)
  await expect(fresh.page.locator('[data-permalink-highlight]')).toHaveCount(1)
  // The passage offers its source, with a text fragment that points at the passage.
  await passage(fresh.page, 'Министр 🎙️', RU_PASSAGE).hover()
  const source = fresh.page.getByRole('link', { name: 'Open in source' })
  await expect(source).toHaveAttribute('href', /^https:\/\/example\.org\/remarks#:~:text=/)
  await expect(source).toHaveAttribute('target', '_blank')
  // Nothing was saved in the fresh context: opening a link leaves drafts alone.
  expect(await fresh.page.evaluate(() => localStorage.length)).toBe(0)
  await fresh.done()
})

test('a passage on each side in one link, made from the keyboard with Shift', async ({
  page,
  browser,
}) => {
  await openBuiltIn(page)
  await passage(page, KREMLIN, NOT_BACK_DOWN).focus()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Link to this passage' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog', { name: 'Share this passage' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(passage(page, KREMLIN, NOT_BACK_DOWN)).toBeFocused()

  await passage(page, TRUMP, NO_PROGRESS).focus()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Shift+Enter')
  const dialog = page.getByRole('dialog', { name: 'Share these 2 passages' })
  const link = await dialog.getByRole('textbox', { name: 'Share link' }).inputValue()
  expect(link).toMatch(/\.a\d+-\d+~\w{4}\.b\d+-\d+~\w{4}\./)

  const fresh = await freshPage(browser)
  await fresh.page.goto(link)
  await expect(passage(fresh.page, KREMLIN, NOT_BACK_DOWN)).toHaveAttribute(
    'data-permalink-highlight',
  )
  await expect(passage(fresh.page, TRUMP, NO_PROGRESS)).toHaveAttribute('data-permalink-highlight')
  await expect(passage(fresh.page, TRUMP, NO_PROGRESS)).toBeInViewport()
  await fresh.done()
})

test('back and forward move between linked comparisons', async ({ page }) => {
  await openBuiltIn(page)
  const first = await linkBySelection(page, KREMLIN, NOT_BACK_DOWN)
  await page.keyboard.press('Escape')
  const second = await linkBySelection(page, TRUMP, NO_PROGRESS)
  await page.goto(first)
  await expect(passage(page, KREMLIN, NOT_BACK_DOWN)).toHaveAttribute('data-permalink-highlight')
  await page.goto(second)
  await expect(passage(page, TRUMP, NO_PROGRESS)).toHaveAttribute('data-permalink-highlight')
  await page.goBack()
  await expect(page).toHaveURL(first)
  await expect(passage(page, KREMLIN, NOT_BACK_DOWN)).toHaveAttribute('data-permalink-highlight')
  await expect(page.locator('[data-permalink-highlight]')).toHaveCount(1)
  await page.goForward()
  await expect(passage(page, TRUMP, NO_PROGRESS)).toHaveAttribute('data-permalink-highlight')
})

test('a corrupted link shows an alert and the app still works', async ({ page, browser }) => {
  await openBuiltIn(page)
  const link = await linkBySelection(page, KREMLIN, NOT_BACK_DOWN)

  const fresh = await freshPage(browser)
  // Cut off: the terminator is gone. The pair still opens, without the unfinished range.
  await fresh.page.goto(link.slice(0, -2))
  await expect(fresh.page.getByRole('alert')).toContainText('cut off')
  await expect(pane(fresh.page, KREMLIN)).toBeVisible()
  // Characters flipped in a pasted link: the built-in example opens under the alert.
  const pasted =
    'p1.XdDBSgMxEIDhVxnG67a7bitKQAQvngRBb9JDmkx3QzfJMjOrraU-u2xbq_SaIZPvzw4tmh12aPA5pCDKW2CyPg.e'
  await fresh.page.goto(`${new URL(link).origin}/#${pasted}`)
  const alert = fresh.page.getByRole('alert')
  await expect(alert).toContainText(/damaged|cut off/)
  await expect(alert).toContainText('The built-in example is shown instead.')
  const focus = fresh.page.getByRole('combobox', { name: 'Focus' })
  await expect(focus).toBeEnabled()
  const options = await focus.locator('option').allTextContents()
  await focus.selectOption({ index: options.length > 2 ? 1 : 0 })
  await expect(fresh.page.locator('[data-alignment]').first()).toBeVisible()
  expect(await fresh.page.evaluate(() => localStorage.length)).toBe(0)
  await fresh.done()
})

test('a built-in link with 10,000 damaged ranges opens under one short alert', async ({ page }) => {
  const link = `./#b1.2025-07-03-putin-trump@1.${'a.'.repeat(10_000)}e`
  const started = Date.now()
  await page.goto(link)
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('10,000 highlighted passages in this link are damaged')
  await expect(pane(page, KREMLIN).locator('[data-alignment]').first()).toBeVisible()
  const text = (await alert.textContent()) ?? ''
  console.log(
    `damaged link: alert of ${text.length} characters, shown in ${Date.now() - started} ms`,
  )
  await expect(alert).toHaveCount(1)
  await expect(alert.locator('p')).toHaveCount(1)
  expect(text.length).toBeLessThan(200)
})

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`share popover at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport)
    await openBuiltIn(page)
    await linkBySelection(page, KREMLIN, NOT_BACK_DOWN)
    const dialog = page.getByRole('dialog', { name: 'Share this passage' })
    await expect(dialog).toBeInViewport({ ratio: 1 })
    await expect(dialog.getByRole('button', { name: 'Copy as quote' })).toBeVisible()
    await page.screenshot({ path: screenshotPath(`share-popover-${viewport.width}.png`) })
  })
}
