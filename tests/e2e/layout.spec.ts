import type { Locator, Page } from '@playwright/test'
import {
  KREMLIN,
  TRUMP,
  closeViewControls,
  expect,
  openBuiltIn,
  pane,
  screenshotPath,
  test,
  viewControls,
} from './fixtures'

/** Two animation frames: long enough for scroll events and a redraw of the connectors to be done. */
const settle = (page: Page) =>
  page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  )

/** A passage of the Kremlin pane that has a counterpart: the last is far enough down to scroll to. */
async function alignedKremlinPassage(
  page: Page,
  which: 'first' | 'last' = 'last',
): Promise<{ id: string; counterpart: string }> {
  const aligned = pane(page, KREMLIN).locator('[data-segment]:not([data-counterparts=""])')
  return (which === 'first' ? aligned.first() : aligned.last()).evaluate((el: HTMLElement) => ({
    id: el.dataset.segment!,
    counterpart: el.dataset.counterparts!.split(' ')[0]!,
  }))
}

/** Scrolls a pane (as a reader would, not by the app) so a passage's top meets the pane's header. */
async function scrollPassageToTop(region: Locator, id: string) {
  await region.evaluate((el, id) => {
    const passage = el.querySelector(`[data-segment="${id}"]`)!
    const header = el.querySelector('header')!.getBoundingClientRect()
    el.scrollTop += passage.getClientRects()[0]!.top - header.bottom
  }, id)
}

const topOf = (page: Page, id: string) =>
  page.locator(`[data-segment="${id}"]`).evaluate((el) => el.getClientRects()[0]!.top)

test.describe('layouts at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } })

  test('joins aligned passages across the gutter, only between the panes', async ({ page }) => {
    await openBuiltIn(page)
    const { id } = await alignedKremlinPassage(page)
    await scrollPassageToTop(pane(page, KREMLIN), id)
    const connectors = page.locator('.gutter-connectors path')
    await expect(connectors.first()).toBeAttached()
    const gap = await page.evaluate(() => {
      const [a, b] = [...document.querySelectorAll('section.pane')].map((p) =>
        p.getBoundingClientRect(),
      )
      return { left: a!.right, right: b!.left }
    })
    for (const connector of await connectors.all()) {
      // The stroke reaches a pixel or so past the ends of the path.
      const box = (await connector.boundingBox())!
      expect(box.x).toBeGreaterThanOrEqual(gap.left - 3)
      expect(box.x + box.width).toBeLessThanOrEqual(gap.right + 3)
      const ends = await connector.evaluate((el: SVGElement) => [el.dataset.a!, el.dataset.b!])
      // Each connector joins two passages that are linked and both on screen in their panes.
      const [a, b] = [
        pane(page, KREMLIN).locator(`[data-segment="${ends[0]}"]`),
        pane(page, TRUMP).locator(`[data-segment="${ends[1]}"]`),
      ]
      await expect(a).toBeInViewport()
      await expect(b).toBeInViewport()
      const ofA = ((await a.getAttribute('data-counterparts')) ?? '').split(' ')
      const ofB = ((await b.getAttribute('data-counterparts')) ?? '').split(' ')
      expect(ofA.includes(ends[1]!) || ofB.includes(ends[0]!)).toBe(true)
      expect(await connector.getAttribute('data-alignment')).not.toBe('only-here')
    }
    // The picture: from the first aligned passage down, where the most pairs are in view.
    await scrollPassageToTop(pane(page, KREMLIN), (await alignedKremlinPassage(page, 'first')).id)
    await settle(page)
    await page.screenshot({ path: screenshotPath('layout-connectors-1280.png') })

    // Hovering a passage lights its counterpart and the connector between them.
    await pane(page, KREMLIN).locator(`[data-segment="${id}"]`).hover()
    await expect(page.locator(`.gutter-connectors path[data-lit][data-a="${id}"]`)).toHaveCount(1)
  })

  test('keeps the counterpart level while the Kremlin pane scrolls, unless switched off', async ({
    page,
  }) => {
    await openBuiltIn(page)
    const sync = page.getByRole('checkbox', { name: 'Sync scrolling' })
    await expect(sync).toBeChecked()
    const { id, counterpart } = await alignedKremlinPassage(page)
    await scrollPassageToTop(pane(page, KREMLIN), id)
    await expect
      .poll(async () => Math.abs((await topOf(page, id)) - (await topOf(page, counterpart))))
      .toBeLessThan(40)

    await sync.uncheck()
    await pane(page, KREMLIN).evaluate((el) => (el.scrollTop = 0))
    await pane(page, TRUMP).evaluate((el) => (el.scrollTop = 0))
    await settle(page)
    await scrollPassageToTop(pane(page, KREMLIN), id)
    await settle(page)
    expect(await pane(page, TRUMP).evaluate((el) => el.scrollTop)).toBe(0)
    expect(Math.abs((await topOf(page, id)) - (await topOf(page, counterpart)))).toBeGreaterThan(40)
  })

  test('inline: each aligned passage is followed by its counterpart', async ({ page }) => {
    await openBuiltIn(page)
    await page.getByRole('radio', { name: 'Inline' }).check()
    const inline = page.getByRole('region', { name: `${KREMLIN} and ${TRUMP}, inline` })
    await expect(inline).toBeVisible()
    await expect(pane(page, KREMLIN)).toHaveCount(0)
    const order = await inline.locator('[data-segment]').evaluateAll((els) =>
      els.map((el) => ({
        id: (el as HTMLElement).dataset.segment!,
        side: (el as HTMLElement).dataset.side!,
        counterparts: ((el as HTMLElement).dataset.counterparts ?? '').split(' ').filter(Boolean),
      })),
    )
    const linked = (x: (typeof order)[number], y: (typeof order)[number]) =>
      x.counterparts.includes(y.id) || y.counterparts.includes(x.id)
    const aligned = order.filter((p) => p.side === 'b' && order.some((q) => linked(p, q)))
    expect(aligned.length).toBeGreaterThan(0)
    for (const b of aligned) {
      // The first passage of the first account linked to it comes before it, with no other between.
      const firstA = order.findIndex((p) => p.side === 'a' && linked(p, b))
      const at = order.indexOf(b)
      expect(at).toBeGreaterThan(firstA)
      expect(order.slice(firstA + 1, at).every((p) => p.side === 'b')).toBe(true)
    }
    await page.screenshot({ path: screenshotPath('layout-inline-1280.png') })
  })
})

test.describe('layouts at 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test('stacks the panes with a switcher and draws no connectors', async ({ page }) => {
    await openBuiltIn(page)
    await expect(page.locator('.gutter-connectors path')).toHaveCount(0)
    await expect(page.getByRole('checkbox', { name: 'Sync scrolling' })).toBeHidden()
    const show = page.getByRole('group', { name: 'Show' })
    await show.scrollIntoViewIfNeeded()
    await expect(show).toBeVisible()
    await show.getByRole('radio', { name: TRUMP }).check()
    await expect(pane(page, KREMLIN)).toBeHidden()
    await expect(pane(page, TRUMP)).toBeVisible()
    await page.screenshot({ path: screenshotPath('layout-one-account-390.png') })
    await show.getByRole('radio', { name: 'Both' }).check()
    await expect(pane(page, KREMLIN)).toBeVisible()
  })

  test('offers the inline view, in the View menu', async ({ page }) => {
    await openBuiltIn(page)
    await (await viewControls(page)).getByRole('radio', { name: 'Inline' }).check()
    await closeViewControls(page)
    const inline = page.getByRole('region', { name: `${KREMLIN} and ${TRUMP}, inline` })
    await expect(inline.locator('[data-segment]').first()).toBeVisible()
    // The picture: the start of the inline view, with no passage under the pointer.
    await inline.evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await page.mouse.move(1, 1)
    await page.screenshot({ path: screenshotPath('layout-inline-390.png') })
  })
})
