import type { Page } from '@playwright/test'
import { KREMLIN, TRUMP, expect, screenshotPath, test } from './fixtures'
import { recordRequests, SLOW } from './request-log'
import { serve } from '../../scripts/lib/static-host'

// A passage near the end of the Kremlin readout (tests/fixtures/golden-links.json).
const LINK = '#b1.2025-07-03-putin-trump@1.a2231-2274~it7v.e'
const HIGHLIGHTED = 'Russia will not back down from these goals.'

/** The embed code the comparison's "Embed" dialog offers, read from its box. */
async function embedCode(page: Page): Promise<string> {
  await page.goto(`./${LINK}`)
  await expect(page.locator('[data-permalink-highlight]').first()).toBeVisible(SLOW)
  const embed = page.getByRole('button', { name: 'Embed', exact: true })
  await embed.click()
  const dialog = page.getByRole('dialog', { name: 'Embed this comparison' })
  const box = dialog.getByRole('textbox', { name: 'Embed code' })
  await expect(box).toHaveValue(/^<iframe /)
  await expect(box).toHaveJSProperty('readOnly', true)
  return box.inputValue()
}

/** An article on another site (another local port), with the code pasted in the middle of it. */
function article(code: string): string {
  const paragraph =
    '<p>Two capitals described the same phone call. Below, the two accounts side by side, with the passage this article quotes highlighted.</p>'
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem">
<h1>What was said on the call</h1>${paragraph}${code}${paragraph}</body></html>`
}

for (const [theme, viewport] of [
  ['light', { width: 1280, height: 800 }],
  ['dark', { width: 1280, height: 800 }],
  ['light', { width: 390, height: 844 }],
  ['dark', { width: 390, height: 844 }],
] as const) {
  test(`another site embeds the comparison: ${theme}, ${viewport.width}×${viewport.height}`, async ({
    page,
    context,
    baseURL,
    pageGuards,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 })
    const code = await embedCode(page)
    const own = new URL(baseURL!).origin
    // The link's highlight and the lens on screen, on the embedded view's page of this site.
    const fragment = `${LINK.slice(0, -2)}.fukraine.e`
    expect(code).toContain(`src="${own}/embed.html${fragment}"`)
    expect(code).toContain('sandbox="allow-scripts allow-same-origin allow-popups')

    const site = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(article(code))
    })
    pageGuards.allowOrigin(site.origin)
    try {
      await page.setViewportSize(viewport)
      await page.emulateMedia({ colorScheme: theme })
      const requests = recordRequests(context, baseURL)
      await page.goto(`${site.origin}/`)
      const frame = page.frameLocator('iframe')
      const highlighted = frame.locator('[data-permalink-highlight]')
      await expect(highlighted).toContainText(HIGHLIGHTED, SLOW)
      // The comparison: both accounts, with the highlight in view inside the frame.
      await expect(frame.getByRole('region', { name: KREMLIN, exact: true })).toBeVisible()
      await expect(frame.getByRole('region', { name: TRUMP, exact: true })).toBeVisible()
      await expect(frame.getByRole('navigation', { name: 'Divergences' })).toBeVisible()
      await expect
        .poll(() =>
          highlighted.evaluate((el) => {
            const r = el.getBoundingClientRect()
            return r.top >= 0 && r.bottom <= window.innerHeight
          }),
        )
        .toBe(true)
      const open = frame.getByRole('link', { name: 'Open in Parallax' })
      await expect(open).toHaveAttribute('href', `${own}/${fragment}`)
      await expect(open).toHaveAttribute('target', '_blank')
      // Its colours follow the reader's system.
      const dark = await frame
        .locator('html')
        .evaluate((el) => el.classList.contains('dark') && getComputedStyle(el).colorScheme)
      expect(dark).toBe(theme === 'dark' ? 'dark' : false)
      // The article around it did not move, and nothing was stored or set.
      expect(await page.evaluate(() => window.scrollY)).toBe(0)
      const state = await context.storageState()
      expect(state.cookies).toEqual([])
      expect(state.origins.flatMap((o) => o.localStorage)).toEqual([])
      // Inside the frame: no cookie, and nothing stored (where the browser lets a frame on another
      // site have storage at all; this Chromium refuses it).
      const stored = await frame.locator('html').evaluate(() => {
        try {
          return [document.cookie, localStorage.length, sessionStorage.length]
        } catch {
          return [document.cookie, 'storage refused', 'storage refused']
        }
      })
      expect(stored[0]).toBe('')
      expect([0, 'storage refused']).toContain(stored[1])
      expect([0, 'storage refused']).toContain(stored[2])
      await page.screenshot({
        path: screenshotPath(`embed-${theme}-${viewport.width}.png`),
        fullPage: true,
      })

      // Requests: the article itself, and the app's own files; nothing anywhere else.
      const elsewhere = requests.seen.filter(
        (u) => !u.startsWith(`${own}/`) && u !== `${site.origin}/`,
      )
      expect(requests.foreign().filter((u) => u !== `${site.origin}/`)).toEqual([])
      expect(elsewhere.filter((u) => !/^(data|blob):/.test(u))).toEqual([])
      console.log(
        `embed (${theme}, ${viewport.width}): ${requests.seen.length} requests, ${
          requests.seen.filter((u) => u.startsWith(`${own}/`)).length
        } to ${own}, 1 for the article`,
      )
    } finally {
      await site.close()
    }
  })
}
