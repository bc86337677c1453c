import type { Locator, Page } from '@playwright/test'
import { cardText, decodePng } from './card-helpers'
import { KREMLIN, TRUMP, expect, openBuiltIn, passage, screenshotPath, test } from './fixtures'
import { recordRequests } from './request-log'

async function smallestSize(card: Locator, part: string): Promise<number> {
  const sizes = await card
    .locator(`text[data-part="${part}"]`)
    .evaluateAll((els) => els.map((el) => Number(el.getAttribute('font-size'))))
  return Math.min(...sizes)
}

/** The text a link's ranges highlight, read from the built-in accounts as served. */
async function highlightedBy(page: Page, link: string): Promise<Record<string, string>> {
  return page.evaluate(async (url) => {
    const texts = {
      a: await (await fetch('accounts/2025-07-03-putin-trump/kremlin.txt')).text(),
      b: await (await fetch('accounts/2025-07-03-putin-trump/trump.txt')).text(),
    }
    const out: Record<string, string> = {}
    for (const m of url.matchAll(/\.([ab])(\d+)-(\d+)~/g)) {
      out[m[1]!] = texts[m[1] as 'a' | 'b'].slice(Number(m[2]), Number(m[3]))
    }
    return out
  }, link)
}

for (const theme of ['light', 'dark'] as const) {
  test(`a divergence saved as an image: ${theme}, both sizes`, async ({
    page,
    context,
    baseURL,
  }) => {
    await page.emulateMedia({ colorScheme: theme })
    await openBuiltIn(page)
    const item = page.getByRole('navigation', { name: 'Divergences' }).getByRole('listitem').first()
    const [quoteA, quoteB] = await item.locator('q').allTextContents()
    // Counted once the service worker has cached the app, so its own downloads do not count.
    await page.evaluate(() => navigator.serviceWorker.ready)
    const requests = recordRequests(context, baseURL)

    const saved = page.waitForEvent('download')
    await item.getByRole('button', { name: 'Save as image', exact: true }).click()
    const wide = await saved
    expect(wide.suggestedFilename()).toMatch(/^parallax-[a-z0-9-]+-1200x675\.png$/)
    const dialog = page.getByRole('dialog', { name: 'Quote card' })
    const card = dialog.locator('svg[data-quote-card]')
    await expect(card).toBeVisible()
    const png = await decodePng(page, wide)
    expect([png.width, png.height]).toEqual([1200, 675])
    expect(png.inked, 'the picture has text on it').toBeGreaterThan(0.02)

    // What it was drawn from holds both quotes verbatim, both labels and the link.
    expect(await cardText(card, 'quote', 0)).toBe(quoteA)
    expect(await cardText(card, 'quote', 1)).toBe(quoteB)
    expect(await cardText(card, 'label', 0)).toBe(KREMLIN)
    expect(await cardText(card, 'label', 1)).toBe(TRUMP)
    expect(await cardText(card, 'kind')).toBe('Contradicts')
    expect(await cardText(card, 'reason')).toContain('Opposite verdicts on the talks.')
    const link = await cardText(card, 'link')
    expect(link).toMatch(
      new RegExp(
        `^${baseURL}#b1\\.2025-07-03-putin-trump@1\\.a\\d+-\\d+~\\w+\\.b\\d+-\\d+~\\w+\\.fukraine\\.e$`,
      ),
    )
    // The link highlights exactly what the card shows.
    expect(await highlightedBy(page, link)).toEqual({ a: quoteA, b: quoteB })
    // Legible: quotes at 20 px or more on a 1200 px card, nothing under 15 px.
    expect(await smallestSize(card, 'quote')).toBeGreaterThanOrEqual(20)
    for (const part of ['reason', 'link', 'label', 'speaker']) {
      expect(await smallestSize(card, part)).toBeGreaterThanOrEqual(15)
    }
    // The alt text, beside it.
    const alt = dialog.getByRole('textbox', { name: 'Alt text' })
    await expect(alt).toHaveJSProperty('readOnly', true)
    for (const words of [quoteA!, quoteB!, KREMLIN, TRUMP, link]) {
      await expect(alt).toContainText(words)
    }
    await expect(card).toHaveAttribute('aria-label', await alt.inputValue())
    await page.screenshot({ path: screenshotPath(`quote-card-dialog-${theme}-1280.png`) })
    await wide.saveAs(screenshotPath(`quote-card-1200x675-${theme}.png`))

    // The tall one, in the other colours.
    await dialog.getByRole('radio', { name: /1080 × 1350/ }).check()
    await dialog.getByRole('radio', { name: theme === 'light' ? 'Dark' : 'Light' }).check()
    const tallSaved = page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Download PNG' }).click()
    const tall = await tallSaved
    expect(tall.suggestedFilename()).toMatch(/-1080x1350\.png$/)
    const tallPng = await decodePng(page, tall)
    expect([tallPng.width, tallPng.height]).toEqual([1080, 1350])
    expect(await cardText(card, 'quote', 0)).toBe(quoteA)
    expect(await cardText(card, 'quote', 1)).toBe(quoteB)
    expect(await smallestSize(card, 'quote')).toBeGreaterThanOrEqual(22)
    await tall.saveAs(
      screenshotPath(`quote-card-1080x1350-${theme === 'light' ? 'dark' : 'light'}.png`),
    )

    // Drawn in the page: the card's own code is the only file fetched, from the app's origin.
    expect(requests.foreign()).toEqual([])
    const fetched = requests.seen.filter((u) => /^https?:/.test(u) && !u.includes('/accounts/'))
    console.log(
      `quote card (${theme}): ${fetched.length} request(s) (${fetched.map((u) => u.replace(requests.own, '')).join(', ')}), all to ${requests.own}; PNG ${png.bytes} bytes (1200×675), ${tallPng.bytes} bytes (1080×1350)`,
    )
  })
}

test('a shared selection saved as an image shows exactly the selected words', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await openBuiltIn(page)
  const selected = 'Russia will not back down from these goals.'
  await passage(page, KREMLIN, selected).focus()
  await page.getByRole('button', { name: 'Link to this passage' }).click()
  const popover = page.getByRole('dialog', { name: 'Share this passage' })
  const url = await popover.getByRole('textbox', { name: 'Share link' }).inputValue()
  const saved = page.waitForEvent('download')
  await popover.getByRole('button', { name: 'Save as image', exact: true }).click()
  const png = await decodePng(page, await saved)
  expect([png.width, png.height]).toEqual([1200, 675])
  const card = page.getByRole('dialog', { name: 'Quote card' }).locator('svg[data-quote-card]')
  // The passage as the link highlights it (it ends inside Ushakov's quotation, with its closing mark).
  const { a: highlighted } = await highlightedBy(page, url)
  expect(highlighted).toContain(selected)
  expect(await cardText(card, 'quote', 0)).toBe(highlighted)
  expect(await cardText(card, 'label', 0)).toBe(KREMLIN)
  expect(await card.locator('text[data-column="1"]').count()).toBe(0)
  expect(await cardText(card, 'link')).toBe(url)
  await page.screenshot({ path: screenshotPath('quote-card-dialog-light-390.png') })
})
