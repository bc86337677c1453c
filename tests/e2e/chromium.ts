import type { LaunchOptions } from '@playwright/test'

/**
 * Debian's Chromium, launched the way this machine allows: Playwright cannot download its own browser
 * here, and without the background-networking flags Chromium keeps dialling out to a closed network.
 * Shared by the browser tests (playwright.config.ts) and the benchmark. CHROMIUM_PATH overrides.
 */
export const CHROMIUM_LAUNCH: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
}
