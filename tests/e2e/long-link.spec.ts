import type { Page } from '@playwright/test'
import { createRange, encodeLink } from '../../src/core/permalink'
import { expect, test } from './fixtures'

/** About `chars` characters of short, numbered sentences in paragraphs of five: thousands of passages. */
function manySentences(chars: number, wording: (i: number) => string): string {
  const paragraphs: string[] = []
  let length = 0
  for (let p = 0; length < chars; p++) {
    const sentences = [0, 1, 2, 3, 4].map((k) => wording(p * 5 + k))
    const paragraph = sentences.join(' ')
    paragraphs.push(paragraph)
    length += paragraph.length + 2
  }
  return paragraphs.join('\n\n')
}

const CITIES = ['Vienna', 'Geneva', 'Doha', 'Oslo', 'Baku', 'Rome', 'Cairo']
const textA = manySentences(
  1_000_000,
  (i) => `On day ${i} the envoys met in ${CITIES[i % 7]} and agreed on point ${(i * 37) % 1000}.`,
)
const textB = manySentences(
  1_000_000,
  (i) => `The delegates in ${CITIES[i % 7]} settled point ${(i * 37) % 1000} on day ${i}.`,
)

interface Timeline {
  /** Every main-thread task over 50 ms (the browser's own definition of a long task). */
  tasks: { start: number; duration: number }[]
  /** When the first passage appeared, and when focus reached a highlighted one. */
  shownAt?: number
  highlightedAt?: number
}

/** Timestamps taken in the page itself, so a blocked main thread cannot make them look earlier. */
async function recordTimeline(page: Page) {
  await page.addInitScript(() => {
    const timeline: Timeline = { tasks: [] }
    ;(window as unknown as { timeline: Timeline }).timeline = timeline
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        timeline.tasks.push({ start: entry.startTime, duration: entry.duration })
      }
    }).observe({ type: 'longtask', buffered: true })
    new MutationObserver((_, observer) => {
      if (!document.querySelector('[data-alignment]')) return
      timeline.shownAt = performance.now()
      observer.disconnect()
    }).observe(document, { childList: true, subtree: true })
    document.addEventListener('focusin', (event) => {
      const target = event.target as Element
      if (target.hasAttribute('data-permalink-highlight')) {
        timeline.highlightedAt ??= performance.now()
      }
    })
  })
}

const timelineOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { timeline: Timeline }).timeline)

test('a link that highlights two whole 1 MB accounts shows the highlight at once, without a long task', async ({
  page,
}) => {
  test.setTimeout(300_000) // two 1 MB accounts analysed in the worker, on a busy 2-core machine
  const link = await encodeLink({
    kind: 'pasted',
    a: { label: 'Envoys', text: textA },
    b: { label: 'Delegates', text: textB },
    ranges: [createRange('a', textA, 0, textA.length), createRange('b', textB, 0, textB.length)],
  })
  await recordTimeline(page)
  await page.goto(`./${link}`)

  // The first passage of the first account is highlighted, brought into view and focused.
  const focused = page.locator('[data-segment]:focus')
  await expect(focused).toHaveAttribute('data-permalink-highlight', 'true', { timeout: 240_000 })
  await expect(focused).toBeInViewport()
  // Let a late task finish before counting.
  await page.waitForTimeout(1_000)
  const { tasks, shownAt, highlightedAt } = await timelineOf(page)
  const afterShown = tasks.filter((t) => t.start + t.duration >= shownAt!)
  const longestAfter = Math.max(0, ...afterShown.map((t) => t.duration))
  const longestOverall = Math.max(0, ...tasks.map((t) => t.duration))
  console.log(
    `whole-account link (${link.length} characters): comparison shown ${Math.round(shownAt!)} ms ` +
      `after navigation, highlight ${Math.round(highlightedAt!)} ms ` +
      `(${Math.round(highlightedAt! - shownAt!)} ms later); longest task after it showed ` +
      `${Math.round(longestAfter)} ms, overall ${Math.round(longestOverall)} ms`,
  )
  expect(highlightedAt! - shownAt!).toBeLessThan(3_000)
  expect(longestAfter, 'no main-thread task over 200 ms once the comparison is shown').toBeLessThan(
    200,
  )
})
