import { readFile } from 'node:fs/promises'
import { KREMLIN, TRUMP, expect, openBuiltIn, pane, test } from './fixtures'

const background = (selector: string) =>
  `getComputedStyle(document.querySelector('${selector}')).backgroundColor`

/** Relative luminance-ish: the mean of the RGB channels of a computed `rgb(...)` colour, 0..255. */
const brightness = (rgb: string) => {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g)!.map(Number)
  return (r! + g! + b!) / 3
}

test.describe('dark mode', () => {
  test('the Theme control switches to dark, and the choice survives a reload', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await openBuiltIn(page)
    const html = page.locator('html')
    await expect(html).not.toHaveClass(/dark/)
    expect(brightness(await page.evaluate(background('body')))).toBeGreaterThan(200)

    await page.getByRole('combobox', { name: 'Theme' }).selectOption('Dark')
    await expect(html).toHaveClass(/dark/)
    expect(brightness(await page.evaluate(background('body')))).toBeLessThan(60)
    expect(brightness(await page.evaluate(background('section.pane')))).toBeLessThan(60)

    await page.reload()
    await expect(page.locator('[data-alignment]').first()).toBeVisible()
    await expect(html).toHaveClass(/dark/)
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark')
    // The compose view has the same control, with the same choice.
    await page.goto('./#/new')
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark')
    await expect(html).toHaveClass(/dark/)
  })

  test('follows the system while the choice is System', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await openBuiltIn(page)
    await expect(page.locator('html')).toHaveClass(/dark/)
    await page.emulateMedia({ colorScheme: 'light' })
    await expect(page.locator('html')).not.toHaveClass(/dark/)
  })
})

test.describe('print', () => {
  test('prints both accounts whole, black on white, without the controls, even in dark mode', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await openBuiltIn(page)
    await expect(page.locator('html')).toHaveClass(/dark/)
    await page.emulateMedia({ media: 'print' })
    // Letter landscape at 96 dpi (the wide layout, with its scroll boxes on screen), then A4 portrait's
    // printable width (the stacked one).
    for (const width of [1000, 700]) {
      await page.setViewportSize({ width, height: 800 })
      expect(await page.evaluate(background('body'))).toBe('rgb(255, 255, 255)')
      await expect(page.getByRole('button', { name: 'Download report' })).toBeHidden()
      await expect(page.getByRole('combobox', { name: 'Focus' })).toBeHidden()
      await expect(page.getByRole('combobox', { name: 'Theme' })).toBeHidden()
      // Where each account comes from prints too, though a phone-width screen folds it away.
      await expect(
        page.getByText(/^Comments by Yury Ushakov to the press/).filter({ visible: true }),
      ).toHaveCount(1)

      for (const label of [KREMLIN, TRUMP]) {
        const region = pane(page, label)
        await expect(region).toBeVisible()
        const clipped = await region.evaluate((el) => el.scrollHeight > el.clientHeight + 1)
        expect(clipped, `${label} prints whole at ${width}px, not in a scroll box`).toBe(false)
        const passageBox = await region.locator('[data-segment]').last().boundingBox()
        const paneBox = await region.boundingBox()
        expect(passageBox!.y + passageBox!.height).toBeLessThanOrEqual(paneBox!.y + paneBox!.height)
        // Nothing above the pane clips it either: the document is as tall as its content.
        const docHeight = await page.evaluate(() => document.documentElement.scrollHeight)
        expect(passageBox!.y + passageBox!.height).toBeLessThanOrEqual(docHeight)
      }
    }
    const divergences = page.getByRole('navigation', { name: 'Divergences' }).getByRole('listitem')
    const count = await divergences.count()
    expect(count).toBeGreaterThan(0)
    for (let i = 0; i < count; i++) await expect(divergences.nth(i)).toBeVisible()

    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format })
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []
      expect(pages.length, `${format} pages`).toBeGreaterThan(1)
    }
  })

  test('a divergence card ends with its last line: no room kept for "Save as image", not printed', async ({
    page,
  }) => {
    await openBuiltIn(page)
    const list = page.getByRole('navigation', { name: 'Divergences' })
    await expect(list.getByRole('button', { name: 'Save as image' }).first()).toBeVisible()
    await page.emulateMedia({ media: 'print' })
    await expect(list.getByRole('button', { name: 'Save as image' })).toHaveCount(0)
    // Room below each card's last line beyond the room above its first: none, give or take a pixel.
    const extraRoom = await list.locator('.divergence-item').evaluateAll((cards) =>
      cards.map((card) => {
        const box = card.getBoundingClientRect()
        const first = card.firstElementChild!.getBoundingClientRect()
        const last = card.lastElementChild!.getBoundingClientRect()
        return Math.round(box.bottom - last.bottom - (first.top - box.top))
      }),
    )
    expect(extraRoom.length).toBeGreaterThan(0)
    for (const room of extraRoom) expect(Math.abs(room)).toBeLessThanOrEqual(1)
  })
})

test.describe('Download report', () => {
  test('the HTML report opens on its own, offline, with both accounts and the divergences', async ({
    page,
    context,
  }, testInfo) => {
    await openBuiltIn(page)
    await page.getByRole('button', { name: 'Download report' }).click()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'HTML (.html)' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/-report\.html$/)
    // Saved under its own name: Playwright keeps downloads without an extension, which opens as text.
    const path = testInfo.outputPath('report.html')
    await download.saveAs(path)
    const html = await readFile(path, 'utf8')

    const kremlin = (await pane(page, KREMLIN).locator('[data-segment]').last().textContent()) ?? ''
    const trump = (await pane(page, TRUMP).locator('[data-segment]').last().textContent()) ?? ''

    const report = await context.newPage()
    const requests: string[] = []
    report.on('request', (request) => requests.push(request.url()))
    await context.setOffline(true)
    await report.goto(`file://${path}`)
    await expect(report.getByRole('region', { name: KREMLIN })).toBeVisible()
    await expect(report.getByRole('region', { name: TRUMP })).toBeVisible()
    // The last words of each account are in the file; the passage marks carry their alignment.
    await expect(report.getByRole('region', { name: KREMLIN })).toContainText(
      kremlin.trim().slice(-40),
    )
    await expect(report.getByRole('region', { name: TRUMP })).toContainText(trump.trim().slice(-40))
    await expect(report.locator('[data-alignment="contradicts"]').first()).toBeVisible()
    await expect(report.locator('ol.divergences > li').first()).toContainText(/progress/i)
    expect(requests, 'the report fetches nothing but itself').toEqual([`file://${path}`])
    await context.setOffline(false)
    expect(html).not.toMatch(/<script/i)
  })
})
