import type { Download, Locator, Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { expect } from './fixtures'

/** The PNG a download saved: decoded by the browser, with its size and how much of it is not paper. */
export async function decodePng(page: Page, download: Download) {
  const bytes = readFileSync((await download.path())!)
  expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG')
  const decoded = await page.evaluate(async (base64) => {
    const image = new Image()
    image.src = `data:image/png;base64,${base64}`
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = image.naturalWidth
    canvas.height = image.naturalHeight
    const context = canvas.getContext('2d')!
    context.drawImage(image, 0, 0)
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height)
    let inked = 0
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i]! - data[0]!) + Math.abs(data[i + 1]! - data[1]!) > 60) inked++
    }
    return {
      width: image.naturalWidth,
      height: image.naturalHeight,
      inked: inked / (data.length / 4),
    }
  }, bytes.toString('base64'))
  return { ...decoded, bytes: bytes.length }
}

/**
 * The card's text by part, as drawn: the SVG the PNG was made from. Its lines are joined by a space,
 * or by nothing after a line that breaks a word (`data-glued`).
 */
export async function cardText(card: Locator, part: string, column?: number): Promise<string> {
  const selector = `text[data-part="${part}"]${column === undefined ? '' : `[data-column="${column}"]`}`
  const lines = await card
    .locator(selector)
    .evaluateAll((els) =>
      els.map((el) => [el.textContent ?? '', el.hasAttribute('data-glued')] as const),
    )
  return lines
    .map(([line, glued], i) => line + (glued || i === lines.length - 1 ? '' : ' '))
    .join('')
}
