/**
 * The main-thread check: the real app, compose view, the 1 MB pair typed in, Compare pressed; the
 * longest task the page's main thread ran from the click until the comparison was shown.
 */
import type { Browser, Locator, Page } from '@playwright/test'
import type { AccountPair } from '../generate/pair'
import type { MainThreadResult } from '../results'
import { installProbe, type ProbeEntry } from './page-probe'

/** Passages may still be revealed after the first frame: watch this long after it too. */
const TAIL_MS = 2000

/** Sets a (React-controlled) text box the way a paste does: its value, then one input event. */
function setText(box: Locator, text: string): Promise<void> {
  return box.evaluate((el, value) => {
    const area = el as HTMLTextAreaElement
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(area), 'value')?.set
    setter?.call(area, value)
    area.dispatchEvent(new Event('input', { bubbles: true }))
  }, text)
}

const end = (e: ProbeEntry) => e.start + e.duration
const longestOf = (entries: ProbeEntry[]) => Math.max(0, ...entries.map((e) => e.duration))
/** Entries that overlap [from, to]. The click is stamped inside the task that dispatches it, so that
 * task starts before the stamp: counting only tasks that start after it would miss the click's own. */
const overlapping = (entries: ProbeEntry[], from: number, to: number) =>
  entries.filter((e) => end(e) > from && e.start <= to)

/** What typing dispatches; Event Timing reports each from the key to the next paint. */
const KEY_EVENTS = new Set(['keydown', 'keypress', 'input', 'keyup', 'beforeinput'])
const KEYSTROKES = 'typed words'

/** Types a few characters at the end of a box that already holds 1 MB, as a reader adding a line
 * would; returns when it started and ended, on the page's clock. */
async function typeIntoFullBox(page: Page, box: Locator): Promise<{ from: number; to: number }> {
  await box.evaluate((el) => {
    const area = el as HTMLTextAreaElement
    area.focus()
    area.setSelectionRange(area.value.length, area.value.length)
  })
  const from = await page.evaluate(() => performance.now())
  await page.keyboard.type(KEYSTROKES, { delay: 40 })
  await page.waitForTimeout(300)
  const to = await page.evaluate(() => performance.now())
  return { from, to }
}

/** `runs` measurements, each in a fresh browser context (no drafts, no warm caches carried over). */
export async function measureMainThreadRuns(
  browser: Browser,
  baseUrl: string,
  pair: AccountPair,
  runs: number,
): Promise<MainThreadResult[] | { skipped: string }> {
  const results: MainThreadResult[] = []
  for (let k = 0; k < runs; k++) {
    const result = await measureMainThread(browser, baseUrl, pair)
    if ('skipped' in result) return result
    results.push(result)
  }
  return results
}

async function measureMainThread(
  browser: Browser,
  baseUrl: string,
  pair: AccountPair,
): Promise<MainThreadResult | { skipped: string }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  // tsx compiles this file with esbuild's keepNames, which wraps named functions in __name(); the
  // functions handed to page.evaluate carry those calls into the page, so the page needs the helper.
  await context.addInitScript({ content: 'window.__name = (fn) => fn' })
  try {
    const page = await context.newPage()
    await page.goto(`${baseUrl}/app/#/new`)
    const first = page.getByRole('textbox', { name: 'First account', exact: true })
    const second = page.getByRole('textbox', { name: 'Second account', exact: true })
    const compare = page.getByRole('button', { name: 'Compare', exact: true })
    try {
      await first.waitFor({ timeout: 15_000 })
    } catch {
      return { skipped: 'the compose view (#/new) shows no "First account" box' }
    }
    await page.evaluate(installProbe)
    await setText(first, pair.a)
    await setText(second, pair.b)
    await page.waitForFunction(
      (el) => !(el as HTMLButtonElement).disabled,
      await compare.elementHandle(),
    )
    // Let the draft autosave (debounced) and the boxes' own rendering finish before the clock starts.
    await page.waitForTimeout(1500)
    const typing = await typeIntoFullBox(page, first)
    await page.waitForTimeout(1500)
    await compare.click()
    await page.waitForFunction(() => window.parallaxProbe?.shownAt != null, null, {
      timeout: 120_000,
    })
    await page.waitForTimeout(TAIL_MS)
    const probe = await page.evaluate(() => window.parallaxProbe!)
    const clickAt = probe.clickAt!
    const shownAt = probe.shownAt!
    return {
      longestTaskMs: longestOf(overlapping(probe.tasks, clickAt, shownAt)),
      longestFrameMs: probe.frames ? longestOf(overlapping(probe.frames, clickAt, shownAt)) : null,
      longestTaskAfterMs: longestOf(probe.tasks.filter((e) => e.start > shownAt)),
      longestFillTaskMs: longestOf(probe.tasks.filter((e) => end(e) <= typing.from)),
      longestKeystrokeMs: probe.events
        ? longestOf(
            probe.events.filter(
              (e) => KEY_EVENTS.has(e.name) && e.start >= typing.from && e.start <= typing.to,
            ),
          )
        : null,
      longTasks: probe.tasks.filter((e) => end(e) > clickAt).length,
      totalMs: shownAt - clickAt,
      passagesShown: probe.passages,
      approximate: probe.approximate,
    }
  } finally {
    await context.close()
  }
}
