import { test, expect } from '@playwright/test'

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
