import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** About `chars` characters of short, numbered sentences in paragraphs of five: thousands of passages. */
function manySentences(chars: number, wording: (i: number) => string): string {
  const paragraphs: string[] = []
  let length = 0
  for (let p = 0; length < chars; p++) {
    const paragraph = [0, 1, 2, 3, 4].map((k) => wording(p * 5 + k)).join(' ')
    paragraphs.push(paragraph)
    length += paragraph.length + 2
  }
  return paragraphs.join('\n\n')
}

const CITIES = ['Vienna', 'Geneva', 'Doha', 'Oslo', 'Baku', 'Rome', 'Cairo']
const SIZE = 150_000
// Each account ends on one claim the others tell otherwise: its passage is thousands of passages down.
const ACCOUNTS = [
  {
    label: 'Envoys',
    text: `${manySentences(SIZE, (i) => `On day ${i} the envoys met in ${CITIES[i % 7]} and went over item ${(i * 37) % 1000}.`)}\n\nThe envoys agreed on the fishing quotas for the northern sea.`,
  },
  {
    label: 'Delegates',
    text: `${manySentences(SIZE, (i) => `The delegates in ${CITIES[i % 7]} went over item ${(i * 37) % 1000} on day ${i}.`)}\n\nThe delegates agreed on the fishing quotas for the northern sea.`,
  },
  {
    label: 'Observers',
    text: `${manySentences(SIZE, (i) => `Observers saw item ${(i * 37) % 1000} gone over in ${CITIES[i % 7]} on day ${i}.`)}\n\nNo agreement was reached on the fishing quotas for the northern sea.`,
  },
]
const ORDINALS = ['First', 'Second', 'Third']

async function compareLongSet(page: Page) {
  await page.goto('./#/new')
  await page.getByRole('button', { name: 'Add an account' }).click()
  for (const [i, account] of ACCOUNTS.entries()) {
    await page.getByRole('textbox', { name: `${ORDINALS[i]} account label` }).fill(account.label)
    await page
      .getByRole('textbox', { name: `${ORDINALS[i]} account`, exact: true })
      .fill(account.text)
  }
  await page.getByRole('button', { name: 'Compare' }).click()
  const table = page.getByRole('table', { name: 'Claims by account' })
  await expect(table).toBeVisible({ timeout: 120_000 })
  return table
}

test('three long accounts: the reader renders only what is near the view, and a quote still finds its passage far down', async ({
  page,
}) => {
  test.setTimeout(240_000) // three 150 KB accounts analysed in the worker, on a busy 2-core machine
  const table = await compareLongSet(page)
  const reader = page.getByRole('region', { name: 'Envoys' })
  await expect(reader.locator('[data-segment]').first()).toBeVisible()
  // Over two thousand passages in the account: the chunks far from view are placeholders, and a few
  // of about fifty passages each are mounted.
  await expect(reader.locator('.chunk-placeholder').first()).toBeAttached()
  const mounted = await reader.locator('[data-segment]').count()
  expect(mounted).toBeGreaterThan(0)
  expect(mounted).toBeLessThan(500)

  // The claim at the very end of the third account, reached from its cell in the table.
  const row = table.getByRole('row').filter({ hasText: 'No agreement was reached' })
  await row.getByRole('button', { name: /Show in the text: .*No agreement was reached/ }).click()
  const passage = page.locator('[data-segment]:focus')
  await expect(passage).toContainText('No agreement was reached on the fishing quotas')
  await expect(passage).toBeInViewport()
  const observers = page.getByRole('region', { name: 'Observers' })
  expect(await observers.locator('[data-segment]').count()).toBeLessThan(500)
})
