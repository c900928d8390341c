import { defineConfig } from '@playwright/test';

/**
 * The authoring page alone: `npx playwright test -c playwright.author.config.ts`.
 * The spec starts its own authoring server on a temporary copy of data/,
 * so unlike the main config there is no Next build to wait for. Debian's
 * Chromium, as in playwright.config.ts.
 */
export default defineConfig({
  testDir: './e2e',
  testMatch: 'author.spec.ts',
  outputDir: 'test-results/playwright-author',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  reporter: [['list']],
  use: {
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    trace: 'off',
  },
});
