import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_LAUNCH } from './tests/e2e/chromium'

// Browser tests run against the built app (vite preview) in Debian's Chromium: Playwright's own browser
// download is not available here. Override the binary with CHROMIUM_PATH.
// E2E_PORT and E2E_OUT_DIR let two checkouts (or two people in one) run the suite side by side.
const port = Number(process.env.E2E_PORT ?? 4173)
const outDir = process.env.E2E_OUT_DIR ?? 'dist'

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: `test-results/${port}`,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 1 : 2,
  reporter: process.env.CI
    ? [['list']]
    : [['list'], ['html', { open: 'never', outputFolder: `playwright-report/${port}` }]],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://localhost:${port}/`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: CHROMIUM_LAUNCH,
      },
    },
  ],
  webServer: {
    // Builds first so `npm run test:e2e` works on its own; the preview serves dist/ as a static host would.
    command: `npx vite build --outDir ${outDir} && npx vite preview --outDir ${outDir} --port ${port} --strictPort`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
