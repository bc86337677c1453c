import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, screenshotPath } from './fixtures'

/** WCAG 2.2 AA as far as axe-core can tell (the tags accessibility.spec.ts scans with). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** Scans the page, failing on any serious or critical violation, and keeps a picture of what was scanned. */
export async function expectNoSeriousViolations(page: Page, what: string, shot: string) {
  await page.screenshot({ path: screenshotPath(`${shot}.png`) })
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    )
  expect(serious, `axe on ${what}`).toEqual([])
}
