/** Times the core in a module worker in Chromium, on the same generated pairs as the Node runner. */
import type { Browser } from '@playwright/test'
import { SEED, type SizeSpec } from '../config'
import type {} from '../page/protocol'
import type { BrowserResult } from '../results'

export async function timeInWorker(
  browser: Browser,
  baseUrl: string,
  sizes: readonly SizeSpec[],
  log: (line: string) => void,
): Promise<BrowserResult[]> {
  const page = await browser.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`${baseUrl}/bench/`)
  await page.waitForFunction(() => typeof window.benchCore === 'function')
  const results: BrowserResult[] = []
  for (const spec of sizes) {
    log(`chromium worker: ${spec.name}`)
    const request = { chars: spec.chars, seed: SEED, runs: spec.runs }
    const reply = await page.evaluate((r) => window.benchCore(r), request)
    if (!reply.ok) throw new Error(`bench worker failed on ${spec.name}: ${reply.error}`)
    results.push({
      size: spec.name,
      chars: reply.chars,
      core: reply.timing,
      wordPassMs: reply.wordPassMs,
    })
  }
  await page.close()
  if (errors.length) throw new Error(`errors on the bench page: ${errors.join('; ')}`)
  return results
}
