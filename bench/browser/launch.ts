import { chromium, type Browser } from '@playwright/test'

/** Debian's Chromium, as the browser tests use it (see playwright.config.ts); CHROMIUM_PATH overrides. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}
