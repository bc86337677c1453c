import type { Locator, Page } from '@playwright/test'
import { expectNoSeriousViolations } from './axe'
import { expect, pane, test } from './fixtures'
import {
  COUNCIL,
  MEDIATORS,
  MINISTRY,
  THREE_ACCOUNTS,
  MEDIATORS_TEXT,
} from '../fixtures/three-accounts'
import { cardText, decodePng } from './card-helpers'
import { freshPage } from './share-helpers'

const ORDINALS = ['First', 'Second', 'Third']

/** Writes the three accounts of many-accounts-texts.ts into #/new ("Add an account" for the third). */
async function composeThree(page: Page) {
  await page.goto('./#/new')
  await page.getByRole('button', { name: 'Add an account' }).click()
  await expect(page.getByRole('textbox', { name: 'Third account', exact: true })).toBeFocused()
  // The names the interface contract gives, as Chromium computes them (not "Remove , third account").
  for (const name of [
    'Move down, first account',
    'Move up, third account',
    'Remove, third account',
  ]) {
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible()
  }
  for (const [i, account] of THREE_ACCOUNTS.entries()) {
    await page.getByRole('textbox', { name: `${ORDINALS[i]} account label` }).fill(account.label)
    await page
      .getByRole('textbox', { name: `${ORDINALS[i]} account`, exact: true })
      .fill(account.text)
  }
}

async function compareThree(page: Page): Promise<Locator> {
  await composeThree(page)
  await page.getByRole('button', { name: 'Compare' }).click()
  const table = page.getByRole('table', { name: 'Claims by account' })
  await expect(table).toBeVisible()
  return table
}

/** The table's rows of claims (not its header row), in order. */
const claimRows = (table: Locator) =>
  table.getByRole('row').filter({ has: table.page().getByRole('rowheader') })

/** Index among the first `within` rows of the row whose cells hold `text`; -1 when none does. */
async function rowIndex(table: Locator, text: string, within = 5): Promise<number> {
  const texts = await claimRows(table).allInnerTexts()
  return texts.slice(0, within).findIndex((t) => t.includes(text))
}

const rowWith = (table: Locator, text: string) => claimRows(table).filter({ hasText: text })

test.describe('three accounts of one event', () => {
  test('compose three, compare: the claims table names who says what, and who against whom', async ({
    page,
  }) => {
    const table = await compareThree(page)
    await expect(table.getByRole('columnheader')).toHaveText([
      'Claim',
      MINISTRY,
      COUNCIL,
      MEDIATORS,
      'Why',
    ])

    // The planted clash, split and one-sided claims are among the first rows.
    expect(await rowIndex(table, 'No agreement was reached')).toBeGreaterThanOrEqual(0)
    expect(await rowIndex(table, 'No talks are scheduled for Monday')).toBeGreaterThanOrEqual(0)
    expect(await rowIndex(table, 'humanitarian corridor')).toBeGreaterThanOrEqual(0)

    const clash = rowWith(table, 'No agreement was reached')
    await expect(clash.getByRole('rowheader')).toContainText('Clash')
    await expect(clash.getByRole('rowheader')).toContainText(`${MINISTRY} against ${COUNCIL}`)
    await expect(clash.getByRole('cell').nth(0)).toContainText(`against ${COUNCIL}`)
    await expect(clash.getByRole('cell').nth(1)).toContainText(`against ${MINISTRY}`)
    await expect(clash.getByRole('cell').nth(2)).toHaveText(/says nothing/)

    const split = rowWith(table, 'No talks are scheduled for Monday')
    await expect(split.getByRole('rowheader')).toContainText('Split')
    await expect(split.getByRole('rowheader')).toContainText(
      `${MEDIATORS} against ${MINISTRY} and ${COUNCIL}`,
    )

    const only = rowWith(table, 'humanitarian corridor')
    await expect(only.getByRole('rowheader')).toContainText(`Only in ${MINISTRY}`)
    await expect(only.getByRole('cell').nth(1)).toHaveText(/says nothing/)

    // On paper a row's reason ends its cell: the controls below it leave no room behind.
    await page.emulateMedia({ media: 'print' })
    const room = await clash.locator('.claim-why').evaluate((cell) => {
      // What the cell's content needs below its reason: laid out on its own, not stretched to the row.
      const alone = cell.cloneNode(true) as HTMLElement
      alone.style.display = 'block'
      alone.style.position = 'absolute'
      alone.style.width = `${cell.getBoundingClientRect().width}px`
      document.body.append(alone)
      const box = alone.getBoundingClientRect()
      const reason = alone.querySelector('p')!.getBoundingClientRect()
      const padding = parseFloat(getComputedStyle(alone).paddingBottom)
      alone.remove()
      return Math.round(box.bottom - padding - reason.bottom)
    })
    expect(room).toBeLessThanOrEqual(1)
    await page.emulateMedia({ media: 'screen' })

    // A quote goes to its passage, in its account's text.
    await clash.getByRole('button', { name: /No agreement was reached/ }).click()
    const councilText = pane(page, COUNCIL)
    const passage = councilText.locator('[data-segment]', { hasText: 'No agreement was reached' })
    await expect(passage).toBeFocused()
    await expect(passage).toHaveAttribute('data-alignment', 'contradicts')
  })

  test('j and k step through the claims; the drafts keep all three accounts', async ({ page }) => {
    const table = await compareThree(page)
    await table
      .getByRole('rowheader')
      .first()
      .evaluate((el) => (el as HTMLElement).blur())
    await page.keyboard.press('j')
    await expect(claimRows(table).nth(0)).toHaveAttribute('aria-current', 'true')
    await expect(claimRows(table).nth(0).getByRole('rowheader')).toBeFocused()
    await page.keyboard.press('j')
    await expect(claimRows(table).nth(1)).toHaveAttribute('aria-current', 'true')
    await expect(page.getByRole('status').filter({ hasText: /^Claim 2 of \d+:/ })).toBeAttached()
    await page.keyboard.press('k')
    await expect(claimRows(table).nth(0)).toHaveAttribute('aria-current', 'true')

    await page.getByRole('link', { name: 'Edit accounts' }).click()
    await page.reload()
    await expect(page.getByRole('textbox', { name: 'Third account', exact: true })).toHaveValue(
      MEDIATORS_TEXT,
    )
    await expect(page.getByRole('textbox', { name: 'Third account label' })).toHaveValue(MEDIATORS)
  })

  test('"Compare these two side by side" opens the pair with the row’s passages highlighted', async ({
    page,
  }) => {
    const table = await compareThree(page)
    const clash = rowWith(table, 'No agreement was reached')
    await clash.getByRole('button', { name: 'Compare these two side by side' }).click()
    await clash.getByRole('button', { name: `${MINISTRY} and ${COUNCIL}` }).click()

    const ministry = pane(page, MINISTRY)
    const council = pane(page, COUNCIL)
    await expect(
      ministry.locator('[data-permalink-highlight]', { hasText: 'agreed to an exchange' }),
    ).toBeVisible()
    await expect(
      council.locator('[data-permalink-highlight]', { hasText: 'No agreement was reached' }),
    ).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Divergences' })).toBeVisible()
    // The other account's stance on the claim is right there, and the table one click away.
    const others = page.getByRole('region', { name: 'This claim in the other accounts' })
    await expect(others).toContainText(`${MEDIATORS}: says nothing`)
    await others.getByRole('button', { name: 'Back to the claims table' }).click()
    await expect(table).toBeVisible()
    await expect(rowWith(table, 'No agreement was reached')).toHaveAttribute('aria-current', 'true')
    await expect(rowWith(table, 'No agreement was reached').getByRole('rowheader')).toBeFocused()

    // The browser's Back leaves the pair for the table too.
    const split = rowWith(table, 'No talks are scheduled for Monday')
    await split.getByRole('button', { name: 'Compare these two side by side' }).click()
    await split.getByRole('button', { name: `${MINISTRY} and ${MEDIATORS}` }).click()
    await expect(pane(page, MEDIATORS).locator('[data-permalink-highlight]')).toContainText(
      'No talks are scheduled',
    )
    await page.goBack()
    await expect(table).toBeVisible()
  })

  test('a claim saved as an image: every account’s words, its kind and reason, and a link to them', async ({
    page,
    browser,
  }) => {
    const table = await compareThree(page)
    const split = rowWith(table, 'No talks are scheduled for Monday')
    // Each cell's quote as the table shows it, without the words for screen readers or the marks.
    const quotes = (await split.getByRole('cell').locator('.claim-quote').allInnerTexts()).map(
      (q) => q.replace(/^Show in the text:\s*/, '').replace(/^“|”$/g, ''),
    )
    const saved = page.waitForEvent('download')
    await split.getByRole('button', { name: 'Save as image' }).click()
    const png = await decodePng(page, await saved)
    expect([png.width, png.height]).toEqual([1200, 675])
    expect(png.inked, 'the picture has text on it').toBeGreaterThan(0.02)
    const dialog = page.getByRole('dialog', { name: 'Quote card' })
    const card = dialog.locator('svg[data-quote-card]')
    for (const [i, label] of [MINISTRY, COUNCIL, MEDIATORS].entries()) {
      expect(await cardText(card, 'label', i)).toBe(label)
      expect(await cardText(card, 'quote', i)).toBe(quotes[i])
    }
    expect(await cardText(card, 'kind')).toBe('Split')
    expect(await cardText(card, 'reason')).toContain('tell it alike')
    // Three pasted accounts make a link too long to print; the alt text carries it.
    const alt = await dialog.getByRole('textbox', { name: 'Alt text' }).inputValue()
    const link = /https?:\S+#m1\.\S+\.e/.exec(alt)?.[0]
    expect(link).toBeDefined()
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()

    // The link opens the set with exactly the card's words highlighted.
    const fresh = await freshPage(browser)
    await fresh.page.goto(link!)
    await expect(fresh.page.getByRole('table', { name: 'Claims by account' })).toBeVisible()
    await fresh.page.getByRole('radio', { name: MEDIATORS }).check()
    await expect(pane(fresh.page, MEDIATORS).locator('[data-permalink-highlight]')).toContainText(
      quotes[2]!,
    )
    await fresh.done()
  })

  test('words selected in an account get a link that opens on their passage, highlighted', async ({
    page,
    browser,
  }) => {
    await compareThree(page)
    await page.getByRole('radio', { name: MEDIATORS }).check()
    const words = 'No talks are scheduled'
    // Select the words as a reader's drag would: a range over them inside their passage's text run.
    await pane(page, MEDIATORS)
      .locator('[data-segment]', { hasText: words })
      .evaluate((el, wanted) => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf(wanted)
          if (at < 0) continue
          const range = document.createRange()
          range.setStart(node, at)
          range.setEnd(node, at + wanted.length)
          document.getSelection()!.removeAllRanges()
          document.getSelection()!.addRange(range)
          return
        }
      }, words)
    await page.getByRole('button', { name: 'Copy link' }).click()
    const dialog = page.getByRole('dialog', { name: 'Link to these words' })
    const link = await dialog.getByRole('textbox', { name: 'Share link' }).inputValue()
    expect(link).toMatch(/#m1\..+\.e$/)

    const fresh = await freshPage(browser)
    await fresh.page.goto(link)
    await expect(fresh.page.getByRole('table', { name: 'Claims by account' })).toBeVisible()
    await fresh.page.getByRole('radio', { name: MEDIATORS }).check()
    await expect(pane(fresh.page, MEDIATORS).locator('[data-permalink-highlight]')).toContainText(
      words,
    )
    await fresh.done()
  })

  test('a link to a claim opens in a fresh browser with the same table and highlight', async ({
    page,
    browser,
  }) => {
    const table = await compareThree(page)
    const split = rowWith(table, 'No talks are scheduled for Monday')
    await split.getByRole('button', { name: 'Link to this claim' }).click()
    const box = page.getByRole('dialog').getByRole('textbox', { name: 'Share link' })
    await expect(box).toHaveValue(/#m1\..+\.e$/)
    const link = await box.inputValue()
    const headers = await table.getByRole('columnheader').allInnerTexts()
    const rows = await claimRows(table).allInnerTexts()

    const fresh = await freshPage(browser)
    await fresh.page.goto(link)
    const opened = fresh.page.getByRole('table', { name: 'Claims by account' })
    await expect(opened).toBeVisible()
    expect(await opened.getByRole('columnheader').allInnerTexts()).toEqual(headers)
    expect(await claimRows(opened).allInnerTexts()).toEqual(rows)
    // The claim's row is where the reader is taken, and its passages are highlighted.
    const row = rowWith(opened, 'No talks are scheduled for Monday')
    await expect(row).toHaveAttribute('aria-current', 'true')
    const highlighted = fresh.page.locator('[data-permalink-highlight]')
    await expect(highlighted.first()).toBeFocused()
    await expect(highlighted.first()).toContainText('Talks will resume in Doha on Monday')
    await fresh.page.getByRole('radio', { name: MEDIATORS }).check()
    await expect(pane(fresh.page, MEDIATORS).locator('[data-permalink-highlight]')).toContainText(
      'No talks are scheduled for Monday',
    )
    await expect(fresh.page.getByRole('alert')).toHaveCount(0)
    await fresh.done()
  })
})

for (const theme of ['light', 'dark'] as const) {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    test.describe(`the claims table, ${theme}, ${viewport.width}`, () => {
      test.use({ viewport, colorScheme: theme })

      test('has no serious accessibility violation', async ({ page }) => {
        await composeThree(page)
        await page.getByRole('textbox', { name: 'Third account', exact: true }).focus()
        await expectNoSeriousViolations(
          page,
          `compose with three accounts (${theme}, ${viewport.width})`,
          `many-compose-${theme}-${viewport.width}`,
        )
        await page.getByRole('button', { name: 'Compare' }).click()
        const table = page.getByRole('table', { name: 'Claims by account' })
        await expect(table).toBeVisible()
        await page.keyboard.press('j')
        await expectNoSeriousViolations(
          page,
          `the claims table (${theme}, ${viewport.width})`,
          `many-table-${theme}-${viewport.width}`,
        )
        await claimRows(table)
          .first()
          .getByRole('button', { name: 'Compare these two side by side' })
          .click()
        await expectNoSeriousViolations(
          page,
          `the pair picker (${theme}, ${viewport.width})`,
          `many-pair-picker-${theme}-${viewport.width}`,
        )
      })
    })
  }
}
