import { defineConfig } from '@playwright/test';

/**
 * The static export as a briefing laptop serves it (issue #4: "everything
 * works from the static export served with no network"): built with
 * ATHAR_STATIC_EXPORT=1 into its own folder and served by a plain file server
 * (scripts/serve-static.mjs), no Next at run time.
 */
const PORT = Number(process.env.STATIC_PORT ?? 3470);
const DIST = '.next-static';

export default defineConfig({
  testDir: './e2e/static',
  testMatch: '**/*.pw.ts',
  outputDir: 'test-results/playwright-static',
  timeout: 90_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/summary/playwright-static.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    trace: 'off',
  },
  webServer: {
    command: `npm run build && node scripts/serve-static.mjs ${DIST} ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    env: { NEXT_TELEMETRY_DISABLED: '1', ATHAR_STATIC_EXPORT: '1', ATHAR_DIST_DIR: DIST },
  },
});
