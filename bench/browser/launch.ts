import { chromium, type Browser } from '@playwright/test'
import { CHROMIUM_LAUNCH } from '../../tests/e2e/chromium'

/** Debian's Chromium, launched as the browser tests launch it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(CHROMIUM_LAUNCH)
}
