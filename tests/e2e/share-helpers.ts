import type { Browser, Page } from '@playwright/test'
import { expect, passage } from './fixtures'

/**
 * A page in a new browser context (empty storage, as for a colleague who gets the link), held to the
 * same promises as the fixture's pages: no console errors, no requests to other origins.
 */
export async function freshPage(browser: Browser, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()))
  page.on('pageerror', (err) => problems.push(err.message))
  page.on('request', (req) => {
    const url = new URL(req.url())
    if (/^https?:$/.test(url.protocol) && url.hostname !== 'localhost') {
      problems.push(`request to ${req.url()}`)
    }
  })
  const done = async () => {
    expect(problems, 'no errors or foreign requests in the fresh context').toEqual([])
    await context.close()
  }
  return { page, done }
}

/** Selects a passage's text as a reader would, presses "Copy link", and reads the link from the box. */
export async function linkBySelection(page: Page, label: string, text: string): Promise<string> {
  await passage(page, label, text).selectText()
  await page.getByRole('button', { name: 'Copy link', exact: true }).click()
  const box = page.getByRole('dialog').getByRole('textbox', { name: 'Share link' })
  await expect(box).toHaveValue(/#[bp]1\..+\.e$/)
  return box.inputValue()
}

export async function expectHighlighted(page: Page, label: string, text: string) {
  const target = passage(page, label, text)
  await expect(target).toHaveAttribute('data-permalink-highlight')
  await expect(target).toBeInViewport()
  await expect(target).toBeFocused()
}
