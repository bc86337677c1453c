import type { Locator, Page } from '@playwright/test'
import { KREMLIN, TRUMP, expect, openBuiltIn, pane, test } from './fixtures'

const list = (page: Page) => page.getByRole('navigation', { name: 'Divergences' })
const items = (page: Page) => list(page).getByRole('listitem')
/** The live region the navigation speaks through. */
const liveRegion = (page: Page) =>
  page
    .getByRole('status')
    .filter({ hasText: /divergence/i })
    .first()

/** The passages a divergence item jumps to, side a's first. */
async function passagesOf(item: Locator): Promise<string[]> {
  const raw = (await item.getByRole('button').first().getAttribute('data-passages')) ?? ''
  return raw.split(/\s+/).filter(Boolean)
}

/** Segment ids of the passages both panes show. */
async function shownIds(page: Page): Promise<string[]> {
  const ids: string[] = []
  for (const label of [KREMLIN, TRUMP]) {
    ids.push(
      ...(await pane(page, label)
        .locator('[data-segment]')
        .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.segment!))),
    )
  }
  return ids
}

/** How many passages the stubs in both panes hold. */
async function foldedCount(page: Page): Promise<number> {
  const labels = await page.getByRole('button', { name: /^Show \d+ passages?$/ }).allTextContents()
  return labels.reduce((sum, label) => sum + Number(/\d+/.exec(label)![0]), 0)
}

test.describe('navigation on the built-in pair', () => {
  test('steps through every divergence from the keyboard alone, focusing and announcing each', async ({
    page,
  }) => {
    // One step at a time, each checked; slow on a busy machine, not a measure of speed.
    test.setTimeout(180_000)
    await openBuiltIn(page)
    const count = await items(page).count()
    expect(count).toBeGreaterThan(1)

    for (let i = 0; i < count; i++) {
      await page.keyboard.press('j')
      const item = items(page).nth(i)
      await expect(item.getByRole('button').first()).toHaveAttribute('aria-current', 'true')
      const ids = await passagesOf(item)
      const topic = (await item.locator('.text-sm.font-semibold').first().textContent()) ?? ''
      await expect(liveRegion(page)).toHaveText(
        new RegExp(`^Divergence ${i + 1} of ${count}: ${escape(topic)}, `),
      )
      // Focus is on the divergence's first passage (the first side's, if it has one).
      await expect
        .poll(() => page.evaluate(() => (document.activeElement as HTMLElement).dataset.segment))
        .toBe(ids[0])
      await expect(page.locator(':focus')).toBeInViewport()
    }
    await page.keyboard.press('j')
    await expect(liveRegion(page)).toHaveText(`Last divergence: this is ${count} of ${count}.`)
    await page.keyboard.press('k')
    await expect(liveRegion(page)).toHaveText(new RegExp(`^Divergence ${count - 1} of ${count}: `))
  })

  test('"Only divergences" folds the rest into stubs, and a stub unfolds from the keyboard', async ({
    page,
  }) => {
    await openBuiltIn(page)
    const all = await shownIds(page)
    const named = new Set<string>()
    for (const item of await items(page).all()) {
      ;(await passagesOf(item)).forEach((id) => named.add(id))
    }

    await page.getByRole('checkbox', { name: 'Only divergences' }).check()
    await expect.poll(() => foldedCount(page)).toBeGreaterThan(0)
    const shown = await shownIds(page)
    expect(shown.every((id) => named.has(id))).toBe(true)
    expect(shown.length + (await foldedCount(page))).toBe(all.length)

    const stub = pane(page, KREMLIN)
      .getByRole('button', { name: /^Show \d+ passages?$/ })
      .first()
    const size = Number(/\d+/.exec((await stub.textContent()) ?? '')![0])
    const firstFolded = await stub.getAttribute('data-fold')
    await stub.focus()
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await shownIds(page)).length).toBe(shown.length + size)
    // Focus goes to the first passage the stub held, not back to the top of the page.
    await expect(page.locator(':focus')).toHaveAttribute('data-segment', firstFolded!)
  })

  test('"Only the focus topic" keeps the lens\' passages and divergences; j follows the filtered list', async ({
    page,
  }) => {
    await openBuiltIn(page)
    const total = await items(page).count()
    await page.getByRole('checkbox', { name: 'Only the focus topic' }).check()
    await expect.poll(() => foldedCount(page)).toBeGreaterThan(0)
    const passages = pane(page, KREMLIN).locator('[data-segment]')
    const shown = await passages.count()
    expect(shown).toBeGreaterThan(0)
    expect(
      await pane(page, KREMLIN).locator('[data-segment]:not([data-focus-topic])').count(),
    ).toBe(0)

    const filtered = await items(page).count()
    expect(filtered).toBeLessThan(total)
    for (const item of await items(page).all()) {
      await expect(item.getByRole('button').first()).toHaveAttribute('data-focus-topic', 'true')
    }
    for (let i = 0; i < filtered; i++) await page.keyboard.press('j')
    await expect(liveRegion(page)).toHaveText(
      new RegExp(`^Divergence ${filtered} of ${filtered}: `),
    )
    await page.keyboard.press('j')
    await expect(liveRegion(page)).toHaveText(
      `Last divergence: this is ${filtered} of ${filtered}.`,
    )
  })

  test('the passage stepped to keeps its words in view: its tools sit above its first line', async ({
    page,
  }) => {
    await openBuiltIn(page)
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('j')
      await expect(items(page).nth(i).getByRole('button').first()).toHaveAttribute(
        'aria-current',
        'true',
      )
      const tools = page.locator(':focus [data-passage-tools] > span')
      await expect(tools).toBeVisible()
      // Lines of the focused passage the tools bar covers (beyond a few pixels of the line's padding).
      const covered = await page.evaluate(() => {
        const passage = document.activeElement as HTMLElement
        const bar = passage.querySelector('[data-passage-tools] > span')!.getBoundingClientRect()
        return [...passage.getClientRects()].filter(
          (line) =>
            line.bottom > bar.top + 6 &&
            line.top < bar.bottom - 6 &&
            line.right > bar.left &&
            line.left < bar.right,
        ).length
      })
      expect(covered).toBe(0)
    }
  })

  test('the tools add no line to the passage they sit in, however its last line falls', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await openBuiltIn(page)
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('j')
      await expect(page.locator(':focus [data-passage-tools] > span')).toBeVisible()
      // The paragraph narrowed a pixel at a time stands for phones of every width: at some of them the
      // passage's last word only just fits its line. Widths at which the passage gets a line below its
      // last word (an empty line drawn with its padding and, when a link highlights it, its frame):
      const extraLine = await page.evaluate(() => {
        const passage = document.activeElement as HTMLElement
        const paragraph = passage.closest<HTMLElement>('.paragraph')!
        const runs = passage.querySelectorAll('[data-offset]')
        const words = document.createRange()
        words.setStartBefore(runs[0]!)
        words.setEndAfter(runs[runs.length - 1]!)
        const widest = Math.round(paragraph.getBoundingClientRect().width)
        const widths: number[] = []
        for (let width = widest - 80; width <= widest; width++) {
          paragraph.style.width = `${width}px`
          const lastWords = Math.max(...[...words.getClientRects()].map((line) => line.bottom))
          if ([...passage.getClientRects()].some((line) => line.top >= lastWords - 1)) {
            widths.push(width)
          }
        }
        paragraph.style.width = ''
        return widths
      })
      expect(extraLine, `step ${i + 1}: paragraph widths with an empty last line`).toEqual([])
    }
  })

  test('? opens the list of shortcuts; Esc closes it and focus goes back', async ({ page }) => {
    await openBuiltIn(page)
    const next = page.getByRole('button', { name: 'Next divergence' })
    await next.focus()
    await page.keyboard.press('?')
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await expect(dialog).toBeVisible()
    await expect(dialog).toContainText('Next divergence')
    await page.keyboard.press('Escape')
    await expect(dialog).toHaveCount(0)
    await expect(next).toBeFocused()
  })
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
