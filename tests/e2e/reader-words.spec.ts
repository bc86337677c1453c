import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { expect, openBuiltIn, test } from './fixtures'

/**
 * Words only the people who build Parallax know: how the test texts, the word lists and the evaluation
 * are named in the repository. A reader sees the app's strings and the built-in accounts' descriptions,
 * so neither may carry them; the build drops the notes of the data files (scripts/vite/strip-json-comments.ts).
 */
const INTERNAL = [
  /\bseed\b/i,
  /\bfixtures?\b/i,
  /\blexicons?\b/i,
  /\bTODO\b/,
  /\bFIXME\b/,
  /\bXXX\b/,
  /\bdev[- ]?cases?\b/i,
  /\bgold\b/i,
  /\bnpm run\b/i,
  /\blorem ipsum\b/i,
  /\bissue \d+\b/i,
  /\bscratch\b/i,
]

const BUILT = resolve(process.env.E2E_OUT_DIR ?? 'dist')
const TEXT_FILE = /\.(js|html|css|json|txt|md|svg|webmanifest)$/

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && TEXT_FILE.test(e.name))
    .map((e) => join(e.parentPath, e.name))
}

function internalWordsIn(dir: string): string[] {
  const found: string[] = []
  for (const file of filesUnder(dir)) {
    const text = readFileSync(file, 'utf8')
    for (const word of INTERNAL) {
      const hit = word.exec(text)
      if (hit) {
        const around = text.slice(Math.max(0, hit.index - 40), hit.index + 40)
        found.push(`${relative(dir, file)}: “…${around}…”`)
      }
    }
  }
  return found
}

test('the built app and its public data speak to readers, not to the people who build it', () => {
  expect(filesUnder(BUILT).length, 'the build was found').toBeGreaterThan(5)
  expect(internalWordsIn(BUILT)).toEqual([])
  expect(internalWordsIn(resolve('public'))).toEqual([])
})

test('the built-in comparison names where each account comes from, in words', async ({ page }) => {
  await openBuiltIn(page)
  const shown = await page.locator('body').innerText()
  for (const word of INTERNAL) expect(shown).not.toMatch(word)
  await expect(page.getByText(/as quoted in a news report/).first()).toBeVisible()
})
