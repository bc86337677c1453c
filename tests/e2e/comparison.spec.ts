import type { Locator, Page } from '@playwright/test'
import {
  KREMLIN,
  TRUMP,
  counterpartsOf,
  expect,
  openBuiltIn,
  pane,
  passage,
  passageTexts,
  quotes,
  screenshotPath,
  test,
} from './fixtures'

// The built-in pair: the Kremlin readout of the 3 July 2025 Putin–Trump call against Trump's remarks.
// The apostrophe in Trump's words is U+2019, as in the source.
const NO_PROGRESS = 'didn’t make any progress'

test.describe('built-in comparison at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } })

  test('shows the two accounts side by side', async ({ page }) => {
    await openBuiltIn(page)
    const left = await pane(page, KREMLIN).boundingBox()
    const right = await pane(page, TRUMP).boundingBox()
    expect(left, 'Kremlin pane has a box').not.toBeNull()
    expect(right, "Trump's pane has a box").not.toBeNull()
    // Same row: their vertical extents overlap; left/right: Kremlin ends before Trump starts.
    expect(right!.y).toBeLessThan(left!.y + left!.height)
    expect(left!.y).toBeLessThan(right!.y + right!.height)
    expect(left!.x + left!.width).toBeLessThanOrEqual(right!.x + 1)
    await page.screenshot({ path: screenshotPath('comparison-1280.png') })
  })

  test('"didn’t make any progress" contradicts the Kremlin’s Ukraine passages', async ({
    page,
  }) => {
    await openBuiltIn(page)
    const noProgress = passage(page, TRUMP, NO_PROGRESS)
    await expect(noProgress).toHaveAttribute('data-alignment', 'contradicts')
    const ids = await counterpartsOf(noProgress)
    expect(ids.length).toBeGreaterThan(0)
    const texts = await passageTexts(page, KREMLIN, ids)
    expect(texts, 'every counterpart is a Kremlin passage').toHaveLength(ids.length)
    expect(
      texts.some((t) => /negotiat|progress/i.test(t)),
      texts.join(' | '),
    ).toBe(true)
  })

  test('the first divergence sets the verdicts on the call against each other, with its reason and speakers', async ({
    page,
  }) => {
    await openBuiltIn(page)
    const items = page.getByRole('navigation', { name: 'Divergences' }).getByRole('listitem')
    const first = items.first()
    const item = (await first.textContent()) ?? ''
    expect(item).toMatch(/Contradicts/)
    expect(item).toMatch(/Opposite verdicts on the talks\./)
    expect(item).toMatch(/same page|candid, business-minded, and concrete/)
    expect(item).toMatch(/not happy/)
    expect(item, 'names who speaks on each side').toMatch(/Ushakov|Putin/)
    expect(item, 'names who speaks on each side').toMatch(/Trump/)
    const kremlin = (await pane(page, KREMLIN).textContent()) ?? ''
    const trump = (await pane(page, TRUMP).textContent()) ?? ''
    expect(quotes(item, kremlin, trump), `quotes the Kremlin readout: ${item}`).toBe(true)
    expect(quotes(item, trump, kremlin), `quotes Trump's remarks: ${item}`).toBe(true)
    // The Ukraine-progress clash follows among the first three, with its reason.
    const firstThree = await Promise.all(
      [0, 1, 2].map(async (k) => (await items.nth(k).textContent()) ?? ''),
    )
    const ukraine = firstThree.find((t) => /Ukraine — progress/.test(t) && /Contradicts/.test(t))
    expect(ukraine, firstThree.join(' | ')).toMatch(
      /Opposite accounts of the outcome\..*make any progress/,
    )
  })

  test('a contradicting passage tells why in its tools, and who speaks', async ({ page }) => {
    await openBuiltIn(page)
    const notHappy = passage(page, TRUMP, 'I’m not happy about that')
    await notHappy.focus()
    await page.getByRole('button', { name: 'About this passage' }).press('Enter')
    const note = page.getByRole('note')
    await expect(note).toContainText('Opposite verdicts on the talks.')
    await expect(note).toContainText('Speaking: Trump')
  })

  test('aligns the Ukraine and Iran passages across the accounts', async ({ page }) => {
    await openBuiltIn(page)
    await expectAligned(
      page,
      'We also talked about the war with Ukraine',
      'the issues surrounding Ukraine were also discussed',
    )
    await expectAligned(page, 'including Iran', 'situation surrounding Iran')
  })

  test('marks what only the Kremlin tells as only-here', async ({ page }) => {
    await openBuiltIn(page)
    for (const text of [
      'Fourth of July',
      'historical ties',
      'motion pictures',
      'space exploration',
    ]) {
      await expect(passage(page, KREMLIN, text), text).toHaveAttribute(
        'data-alignment',
        'only-here',
      )
    }
  })

  test('hovering a passage lights up its counterparts', async ({ page }) => {
    await openBuiltIn(page)
    const noProgress = passage(page, TRUMP, NO_PROGRESS)
    const ids = await counterpartsOf(noProgress)
    expect(ids.length).toBeGreaterThan(0)
    const lit = page.locator('[data-segment][data-lit]')
    await page.mouse.move(0, 0)
    await expect(lit).toHaveCount(0)
    await noProgress.hover()
    // The UI marks lit counterparts with data-lit (src/components/passage.tsx).
    await expect
      .poll(async () => (await lit.evaluateAll((els) => els.map((e) => e.dataset.segment))).sort())
      .toEqual([...ids].sort())
    await page.mouse.move(0, 0)
    await expect(lit).toHaveCount(0)
  })

  test('selecting the first divergence scrolls both panes to its passages', async ({ page }) => {
    await openBuiltIn(page)
    const first = page
      .getByRole('navigation', { name: 'Divergences' })
      .getByRole('listitem')
      .first()
    const item = (await first.textContent()) ?? ''
    const kremlinText = (await pane(page, KREMLIN).textContent()) ?? ''
    const trumpText = (await pane(page, TRUMP).textContent()) ?? ''
    const targets = {
      [KREMLIN]: await quotedPassages(pane(page, KREMLIN), item, trumpText),
      [TRUMP]: await quotedPassages(pane(page, TRUMP), item, kremlinText),
    }
    expect(targets[KREMLIN].length, 'the item quotes a Kremlin passage').toBeGreaterThan(0)
    expect(targets[TRUMP].length, 'the item quotes a Trump passage').toBeGreaterThan(0)

    await scrollEverythingToEnd(page)
    const control = first.getByRole('button').or(first.getByRole('link')).first()
    await ((await control.count()) > 0 ? control : first).click()
    for (const [label, ids] of Object.entries(targets)) {
      await expect
        .poll(() => anyInView(pane(page, label), ids), { message: `${label}: ${ids.join(' ')}` })
        .toBe(true)
    }
  })

  test('shows the highlighted comparison on every load, and reports how soon', async ({
    page,
  }, testInfo) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __firstAlignment?: number }
      const seen = () => {
        if (w.__firstAlignment === undefined && document.querySelector('[data-alignment]')) {
          w.__firstAlignment = performance.now()
        }
      }
      new MutationObserver(seen).observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
      })
    })
    await openBuiltIn(page) // cold: warms the preview server and the HTTP cache
    const cold = await firstAlignmentMs(page)
    const warm: number[] = []
    for (let i = 0; i < 3; i++) {
      await page.reload()
      await expect(page.locator('[data-alignment]').first()).toBeVisible()
      warm.push(await firstAlignmentMs(page))
    }
    // The median of three warm loads: one slow load on a busy CI machine is not a regression.
    const median = [...warm].sort((x, y) => x - y)[1]!
    const timings = `cold ${cold} ms, warm ${warm.join('/')} ms (median ${median} ms)`
    testInfo.annotations.push({
      type: 'first highlighted passage after navigation',
      description: timings,
    })
    // Reported, not asserted: speed is measured by `npm run bench` on a quiet machine, not by a
    // timed test on a shared CI box (target: under a second on localhost).
    console.log(`first highlighted passage after navigation: ${timings}`)
  })
})

test.describe('built-in comparison at 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test('stacks the panes and fits the width', async ({ page }) => {
    await openBuiltIn(page)
    const first = await pane(page, KREMLIN).boundingBox()
    const second = await pane(page, TRUMP).boundingBox()
    expect(first).not.toBeNull()
    expect(second).not.toBeNull()
    expect(second!.y, 'second pane below the first').toBeGreaterThanOrEqual(
      first!.y + first!.height - 1,
    )
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    )
    expect(overflow, 'no horizontal scrolling').toBeLessThanOrEqual(0)
    await page.screenshot({ path: screenshotPath('comparison-390.png') })
  })
})

async function expectAligned(page: Page, trumpText: string, kremlinText: string): Promise<void> {
  const trump = passage(page, TRUMP, trumpText)
  const kremlin = passage(page, KREMLIN, kremlinText)
  const kremlinId = await kremlin.getAttribute('data-segment')
  expect(kremlinId, `a Kremlin passage with "${kremlinText}"`).toBeTruthy()
  expect(await counterpartsOf(trump), `counterparts of "${trumpText}"`).toContain(kremlinId)
}

/** Ids of the passages of a pane that the divergence item quotes. */
async function quotedPassages(p: Locator, item: string, otherPane: string): Promise<string[]> {
  const ids: string[] = []
  for (const el of await p.locator('[data-segment]').all()) {
    const text = (await el.textContent()) ?? ''
    const id = await el.getAttribute('data-segment')
    if (id && quotes(item, text, otherPane)) ids.push(id)
  }
  return ids
}

async function scrollEverythingToEnd(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('*'))) {
      if (el.scrollHeight > el.clientHeight) el.scrollTop = el.scrollHeight
    }
    window.scrollTo(0, document.documentElement.scrollHeight)
  })
}

/** True when one of the passages is at least partly visible: inside the viewport and every scroll box. */
function anyInView(p: Locator, ids: string[]): Promise<boolean> {
  return p.evaluate((root, wanted) => {
    const visible = (el: Element): boolean => {
      const r = el.getBoundingClientRect()
      let top = Math.max(r.top, 0)
      let bottom = Math.min(r.bottom, window.innerHeight)
      for (let a = el.parentElement; a; a = a.parentElement) {
        const style = getComputedStyle(a)
        if (/(auto|scroll|hidden|clip)/.test(style.overflowY)) {
          const box = a.getBoundingClientRect()
          top = Math.max(top, box.top)
          bottom = Math.min(bottom, box.bottom)
        }
      }
      return bottom - top > 4
    }
    return wanted.some((id) => {
      const el = root.querySelector(`[data-segment="${id}"]`)
      return el !== null && visible(el)
    })
  }, ids)
}

async function firstAlignmentMs(page: Page): Promise<number> {
  const ms = await page.evaluate(
    () => (window as unknown as { __firstAlignment?: number }).__firstAlignment,
  )
  expect(ms, 'first [data-alignment] was observed').toBeDefined()
  return Math.round(ms!)
}
