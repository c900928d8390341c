import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * The hostile-data suite: `npx playwright test -c playwright.hostile.config.ts`.
 * Its web server writes the hostile dataset (e2e/hostile/dataset.ts) to a
 * temporary folder, builds the app on it into `.next-hostile` and serves it
 * on its own port, so it runs beside the main suite without touching `.next`.
 */
const PORT = Number(process.env.HOSTILE_PORT ?? 3451);
const DATA = path.join(os.tmpdir(), 'athar-hostile-data');

export default defineConfig({
  testDir: './e2e/hostile',
  testMatch: '*.pw.ts',
  outputDir: 'test-results/playwright-hostile',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/summary/playwright-hostile.json' }]],
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
    command: [
      `node node_modules/tsx/dist/cli.mjs e2e/hostile/dataset.ts ${DATA}`,
      'node node_modules/next/dist/bin/next build',
      `node node_modules/next/dist/bin/next start -H 127.0.0.1 -p ${PORT}`,
    ].join(' && '),
    url: `http://127.0.0.1:${PORT}`,
    timeout: 420_000,
    reuseExistingServer: !process.env.CI,
    env: { ATHAR_DATA: DATA, ATHAR_DIST_DIR: '.next-hostile', NEXT_TELEMETRY_DISABLED: '1' },
  },
});
