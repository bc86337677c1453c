import { chromium } from '@playwright/test'
import { readFileSync } from 'node:fs'
const [,, base, out, w, h] = process.argv
const D = '/work/shared/dev-cases-multi/2025-06-24-israel-iran-ceasefire'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] })
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } })
await page.goto(base + '#/new')
await page.getByRole('button', { name: 'Add an account' }).click()
const ord = ['First', 'Second', 'Third']
for (const [i, k] of ['a', 'b', 'c'].entries()) {
  await page.getByRole('textbox', { name: `${ord[i]} account label` }).fill(['Trump posts', 'Israel PMO', 'Iran FM'][i])
  await page.getByRole('textbox', { name: `${ord[i]} account`, exact: true }).fill(readFileSync(`${D}.${k}.txt`, 'utf8'))
}
await page.getByRole('button', { name: 'Compare' }).click()
await page.getByRole('table', { name: 'Claims by account' }).waitFor({ timeout: 60000 })
await page.waitForTimeout(800)
await page.screenshot({ path: out })
await browser.close()
