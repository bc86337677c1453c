import { test, expect } from '@playwright/test'
import { encodeLink } from '../../src/core/permalink'
import hostile from '../fixtures/hostile-inputs.json' with { type: 'json' }
import { test as guarded } from './fixtures'

// Uses the plain Playwright test: this spec provokes a CSP violation on purpose.
test('the built app carries a Content-Security-Policy that stops injected inline script', async ({
  page,
}) => {
  const violations: string[] = []
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text())
  })
  await page.goto('./')
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  expect(policy).toContain("script-src 'self'")
  expect(policy).toContain("object-src 'none'")
  expect(policy).not.toContain('unsafe-inline')
  expect(policy).not.toContain('unsafe-eval')
  await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.__injected = true'
    document.body.append(script)
  })
  expect(
    await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected),
  ).toBeUndefined()
  await expect.poll(() => violations.length).toBeGreaterThan(0)
})

test('two tabs editing drafts: the second is told, and chooses, instead of overwriting', async ({
  context,
}) => {
  test.setTimeout(60_000)
  const first = await context.newPage()
  const second = await context.newPage()
  await first.goto('./#/new')
  await second.goto('./#/new')
  const box = (page: typeof first) =>
    page.getByRole('textbox', { name: 'First account', exact: true })
  await box(second).fill('Typed in the second tab.')
  // Saved half a second later; the first tab, empty, simply follows.
  await expect(box(first)).toHaveValue('Typed in the second tab.', { timeout: 10_000 })
  await box(first).fill('Typed in the first tab.')
  // The first tab saves its own draft now; the second, which has one too, is asked.
  const alert = second.getByRole('alert').filter({ hasText: 'changed in another tab' })
  await expect(alert).toBeVisible({ timeout: 10_000 })
  await expect(box(second)).toHaveValue('Typed in the second tab.')
  await second.getByRole('button', { name: 'Load the other tab’s draft' }).click()
  await expect(box(second)).toHaveValue('Typed in the first tab.')
  await expect(alert).toBeHidden()
})

/** Elements the app never renders itself: if one appears in the app, markup from a link got through. */
const FOREIGN =
  'script, iframe, img, svg, math, object, embed, form, style, link, meta, base, video, audio, template'

// Under the fixture's guards: any console error, CSP violation or request to another origin fails it.
guarded(
  'a link carrying every hostile payload, as texts, labels, source and lens, opens as plain text',
  async ({ page }) => {
    guarded.setTimeout(120_000) // a 20 KB pair analysed on a busy 2-core machine
    const payloads = hostile.payloads
    const link = await encodeLink({
      kind: 'pasted',
      a: {
        label: payloads[0]!,
        text: payloads.join('\n\n'),
        source: 'javascript:alert(document.domain)',
      },
      b: {
        label: payloads[11]!,
        text: [...payloads].reverse().join('\n'),
        source: payloads[1]!,
      },
      keywords: payloads.slice(2, 6),
      ranges: [],
    })
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await page.goto(`./${link}`)
    const root = page.locator('#root')
    await expect(root.locator('[data-segment]').first()).toBeVisible({ timeout: 60_000 })
    await expect(page.getByRole('region', { name: payloads[0], exact: true })).toBeVisible()
    await expect(root.getByText(payloads[2]!, { exact: false }).first()).toBeVisible()
    // Where the link's texts, labels and quotes are shown (the app's own form and SVG live elsewhere).
    const shown = root.locator('[role="region"], nav, h1')
    expect(await shown.count()).toBeGreaterThan(2)
    expect(await shown.locator(FOREIGN).count()).toBe(0)
    const handlers = await root.evaluate((el) =>
      [...el.querySelectorAll('*')].flatMap((node) =>
        node.getAttributeNames().filter((name) => name.startsWith('on')),
      ),
    )
    expect(handlers).toEqual([])
    const hrefs = await root
      .locator('a[href]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    for (const href of hrefs) expect(href).toMatch(/^(https?:|#|\.\/)/)
    expect(dialogs).toEqual([])
    expect(await page.title()).not.toBe('pwned')
  },
)

guarded(
  'a right-to-left override in a label turns only the label around, not the sentence it is in',
  async ({ page }) => {
    guarded.setTimeout(60_000)
    await page.goto('./#/new')
    const field = (name: string) => page.getByRole('textbox', { name, exact: true })
    await field('First account').fill('The ministers met in Vienna.\n\nThey agreed on an exchange.')
    await field('Second account').fill('We met in Vienna.\n\nThere was no progress on an exchange.')
    await field('First account label').fill('\u202EKremlin')
    await field('Second account label').fill('White House')
    await page.getByRole('button', { name: 'Compare' }).click()
    const line = page.getByText(/^passages in/)
    await expect(line).toBeVisible({ timeout: 30_000 })
    // Where each label is drawn: unisolated, the override also turns " · White House" around, to the
    // left of "nilmerK" ("passages in esuoH etihW · nilmerK").
    const left = (word: string) =>
      line.evaluate((el, word) => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.nodeValue!.indexOf(word)
          if (at < 0) continue
          const range = document.createRange()
          range.setStart(node, at)
          range.setEnd(node, at + word.length)
          return range.getBoundingClientRect().left
        }
        throw new Error(`${word} is not in the line`)
      }, word)
    expect(await left('White House')).toBeGreaterThan(await left('Kremlin'))
    expect(await left('Kremlin')).toBeGreaterThan(await left('passages in'))
  },
)
